import fc from "fast-check";
import { normalizeName } from "../../../src/engine/text/normalizeName";

describe("normalizeName writes one school name one way (SPEC 3.3 step 1, DECISIONS A-17)", () => {
  it.each([
    ["quotes removed", "МБОУ «СОШ №10» ИГОСК", "МБОУ СОШ№10 ИГОСК"],
    ["no quotes to remove", "МБОУ СОШ №10 ИГОСК", "МБОУ СОШ№10 ИГОСК"],
    ["straight and curly quotes", 'МБОУ "СОШ №10" “ИГОСК”', "МБОУ СОШ№10 ИГОСК"],
    ["Latin C and O inside a Cyrillic word", "МБОУ COШ №10 ИГОСК", "МБОУ СОШ№10 ИГОСК"],
    ["`N 5`", "СОШ N 5", "СОШ№5"],
    ["`N5`", "СОШ N5", "СОШ№5"],
    ["`No5`", "СОШ No5", "СОШ№5"],
    ["`No. 5`", "СОШ No. 5", "СОШ№5"],
    ["`№№5`", "СОШ №№5", "СОШ№5"],
    ["`№ 5`", "СОШ № 5", "СОШ№5"],
    ["`ё` as `е`", "Ёлкинская основная школа", "ЕЛКИНСКАЯ ОСНОВНАЯ ШКОЛА"],
    ["spaces collapsed and trimmed", "  Средняя   школа  № 30 ", "СРЕДНЯЯ ШКОЛА№30"],
    ["a no-break space", "Гимназия\u00a0№\u00a02", "ГИМНАЗИЯ№2"],
    ["a word of Latin letters only kept as it is", "MKOY СОШ №5", "MKOY СОШ№5"],
  ])("%s: %p → %p", (_what, name, expected) => {
    expect(normalizeName(name)).toBe(expected);
  });

  it("gives the two spellings of seed 000 the same name", () => {
    expect(normalizeName("МБОУ «СОШ №10» ИГОСК")).toBe(normalizeName("МБОУ СОШ №10 ИГОСК"));
  });

  it("keeps the legal form: МБОУ and МКОУ are two names", () => {
    expect(normalizeName("МБОУ «СОШ №5»")).not.toBe(normalizeName("МКОУ «СОШ №5»"));
  });

  it("does not take the N of a word for a number sign", () => {
    expect(normalizeName("Школа им. Нобеля")).toBe("ШКОЛА ИМ. НОБЕЛЯ");
  });
});

describe("a plain name is normalized in one pass exactly as the rules read (A-17)", () => {
  // The rules of SPEC 3.3 step 1 as a chain of replacements, for names without Latin letters.
  const byRules = (name: string) =>
    name
      .replace(/ё/g, "е")
      .replace(/Ё/g, "Е")
      .replace(/[«»"“”„‟'‘’‚`]/g, "")
      .replace(/\s*№(?:\s*№)*\s*/g, "№")
      .replace(/\s+/g, " ")
      .trim()
      .toUpperCase();

  it("agrees with the chain of replacements on any plain text (property)", () => {
    const char = fc.constantFrom(..."СОШ №5 «»\"'`ёЁабвгдеАБВЯя-.,()0123456789 №№");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
        const name = chars.join("");
        expect(normalizeName(name)).toBe(byRules(name));
      }),
      { numRuns: 2000 },
    );
  });
});
