import fc from "fast-check";
import { excelError } from "./customFunctions";
import { normName } from "../../src/functions/functions";

describe("SHNOR.NORMNAME", () => {
  describe("works", () => {
    it.each([
      ["МБОУ «СОШ №10» ИГОСК", "СОШ №10"],
      ["МБОУ СОШ №10 ИГОСК", "СОШ №10"],
      ["Средняя школа № 30", "СОШ №30"],
      ["Основная школа № 14", "ООШ №14"],
      ["МОУ № 2", "№2"],
      ["Таежнинская СШ №20", "ТАЕЖНИНСКАЯ СОШ №20"],
      ["МКОУ БСШ №3", "БСШ №3"],
      ["МБОУ «Гимназия №2» ИГОСК", "ГИМНАЗИЯ №2"],
    ])("gives «%s» the key «%s»", (name, key) => {
      expect(normName(name)).toBe(key);
    });

    it("gives the seed-000 spellings of one school one key, for XLOOKUP across sheets", () => {
      expect(normName("МБОУ «СОШ №10» ИГОСК")).toBe(normName("МБОУ СОШ №10 ИГОСК"));
    });
  });

  describe("edge", () => {
    it("fixes Latin look-alike letters inside Cyrillic words: COШ with Latin C and O", () => {
      expect(normName("MБОУ COШ N 5 с. Птичье")).toBe("СОШ №5 С. ПТИЧЬЕ");
    });

    it("keeps the locality, which tells apart schools of one name (B-03)", () => {
      expect(normName("МБОУ «СОШ №2 с. Гехи»")).toBe("СОШ №2 С. ГЕХИ");
      expect(normName("МБОУ «СОШ №2 г.Урус-Мартан»")).toBe("СОШ №2 Г. УРУС-МАРТАН");
      expect(normName("МКОУ «ООШ с.Алхазурово»")).toBe(normName("ООШ с. Алхазурово"));
    });

    it("keeps the normalized name when there is neither a number nor a proper name (A-16)", () => {
      expect(normName("Лицей им. Пушкина")).toBe("ЛИЦЕЙ ИМ. ПУШКИНА");
      expect(normName("школа")).toBe("ШКОЛА");
    });

    it("does not expand abbreviations: «Богучанская СШ №3» is not «БСШ №3» (A-16)", () => {
      expect(normName("Богучанская СШ №3")).not.toBe(normName("МКОУ БСШ №3"));
    });

    it("takes a number as its digits", () => {
      expect(normName(10)).toBe("10");
    });
  });

  describe("error", () => {
    it("answers #N/A for an empty name", () => {
      expect(excelError(() => normName(""))).toEqual({
        code: "#N/A",
        message: "Нет данных: не указано наименование ОО",
      });
    });

    it("answers #N/A for a name of quotes only", () => {
      expect(excelError(() => normName("«»")).code).toBe("#N/A");
    });

    it("answers #VALUE! for a yes/no cell", () => {
      expect(excelError(() => normName(true)).code).toBe("#VALUE!");
    });
  });

  describe("properties", () => {
    // A text with no name in it (quotes only) is #N/A, and there is nothing to apply twice.
    const idempotent = (name: string) => {
      let key: string;
      try {
        key = normName(name);
      } catch {
        return true;
      }
      return normName(key) === key;
    };

    const legal = fc.constantFrom("", "МБОУ ", "МКОУ ", "МАОУ ", "МОУ ", "ГБОУ ", "ЧОУ ");
    const secondary = fc.constantFrom(
      "СОШ",
      "СШ",
      "средняя школа",
      "Средняя общеобразовательная школа",
      "COШ",
    );
    const sign = fc.constantFrom("№", "№ ", "N", "No", "N ", "№№", " № ");
    const quote = fc.constantFrom(["", ""], ["«", "»"], ['"', '"'], ["“", "”"]);
    // Each place with the key text it keeps (B-03); «ИГОСК» is no locality and is dropped.
    const locality = fc.constantFrom(
      ["", ""],
      [" ИГОСК", ""],
      [" г. Изобильный", " Г. ИЗОБИЛЬНЫЙ"],
      [" с. Птичье", " С. ПТИЧЬЕ"],
      [" пгт Богучаны", " ПГТ БОГУЧАНЫ"],
    );
    const number = fc.integer({ min: 1, max: 120 });

    it("maps the name variants of SPEC 3.3 to one key", () => {
      fc.assert(
        fc.property(
          legal,
          secondary,
          sign,
          quote,
          locality,
          number,
          (l, kind, s, [open, close], [place, kept], n) => {
            const name = `${l}${open}${kind} ${s}${n}${close}${place}`;
            return normName(name) === `СОШ №${n}${kept}`;
          },
        ),
      );
    });

    it("keeps a proper name and the locality and drops the rest: «Хребтовская» in any legal form", () => {
      fc.assert(
        fc.property(legal, secondary, locality, number, (l, kind, [place, kept], n) => {
          return (
            normName(`${l}Хребтовская ${kind} №${n}${place}`) === `ХРЕБТОВСКАЯ СОШ №${n}${kept}`
          );
        }),
      );
    });

    it("is idempotent on school-like names", () => {
      const word = fc.constantFrom(
        "МБОУ",
        "СОШ",
        "ООШ",
        "НОШ",
        "Гимназия",
        "Лицей",
        "кадетская",
        "школа",
        "№",
        "N",
        "No",
        "Хребтовская",
        "Таежнинской",
        "им.",
        "Пушкина",
        "с.",
        "Птичье",
        "ИГОСК",
        "БСШ",
        "«СОШ",
        "СОШ»",
        "Муниципальное",
        "общеобразовательное",
        "учреждение",
        "Открытая",
        "Южная",
        "10",
        "7",
      );
      const name = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(" "));
      fc.assert(fc.property(name, idempotent));
    });

    it("is idempotent on any text in Cyrillic letters, digits and punctuation", () => {
      const char = fc.constantFrom(
        ..."АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя0123456789 .,-№()".split(
          "",
        ),
      );
      const text = fc.array(char, { minLength: 1, maxLength: 40 }).map((chars) => chars.join(""));
      fc.assert(fc.property(text, idempotent), { numRuns: 1000 });
    });

    // One normalization step can expose another (a quote before «№», a look-alike before «N»,
    // upper case after NFKC); the engine repeats the step until nothing changes.
    it("is idempotent with a quote or a Latin look-alike before the number, and Greek", () => {
      for (const name of ["№ « 7", "АPN8А", "ΐ", "ῒ "]) expect(idempotent(name)).toBe(true);
    });
  });
});
