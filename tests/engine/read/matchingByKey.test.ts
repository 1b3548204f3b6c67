import fc from "fast-check";
import { SchoolMatcher } from "../../../src/engine/read/SchoolMatcher";
import { normalizeName } from "../../../src/engine/text/normalizeName";
import { schoolKey } from "../../../src/engine/text/schoolKey";
import { parseYear } from "../../../src/engine/read/parseValue";
import { parseShare } from "../../../src/engine/read/parseValue";
import { isHead } from "../../../src/engine/kpk/isHead";

const schools = (...names: string[]) => names.map((name) => ({ id: null, name }));

describe("matching by key works for names with № (SPEC 3.3, A-16, A-17)", () => {
  it("normalizeName is idempotent", () => {
    expect(normalizeName(normalizeName("СОШ №5"))).toBe("СОШ№5");
  });
  it("normalizeName is idempotent (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("СОШ", "МОУ", "Лицей", "Гимназия", "ООШ"),
        fc.integer({ min: 1, max: 99 }),
        (w, n) => {
          const once = normalizeName(`${w} № ${n}`);
          expect(normalizeName(once)).toBe(once);
        },
      ),
    );
  });
  it("schoolKey of a normalized name equals schoolKey of the raw name", () => {
    expect(schoolKey(normalizeName("МКОУ «СОШ №12» ИГОСК"))).toEqual(
      schoolKey("МКОУ «СОШ №12» ИГОСК"),
    );
  });
  it.each([
    ["«БСШ №3» matches «МКОУ БСШ №3»", ["МКОУ БСШ №3"], "БСШ №3", { kind: "matched", index: 0 }],
    [
      "«СОШ №12» matches «МКОУ «СОШ №12» ИГОСК»",
      ["МКОУ «СОШ №12» ИГОСК"],
      "СОШ №12",
      { kind: "matched", index: 0 },
    ],
    [
      "«Средняя школа № 30» matches «МОУ СОШ №30»",
      ["МОУ СОШ №30"],
      "Средняя школа № 30",
      { kind: "matched", index: 0 },
    ],
    [
      "«МОУ № 2» matches the only school №2",
      ["МБОУ «СОШ №10» ИГОСК", "МБОУ «СОШ №2»"],
      "МОУ № 2",
      { kind: "matched", index: 1 },
    ],
    [
      "«МОУ № 2» is ambiguous between two schools №2",
      ["МБОУ «СОШ №2»", "МКОУ «ООШ №2» с. Птичье"],
      "МОУ № 2",
      { kind: "ambiguous", candidates: [0, 1] },
    ],
    [
      "«СОШ №5» is ambiguous between МБОУ and МКОУ «СОШ №5» (A-19)",
      ["МБОУ «СОШ №5»", "МКОУ «СОШ №5»"],
      "СОШ №5",
      { kind: "ambiguous", candidates: [0, 1] },
    ],
    [
      "«Лицей №1» is ambiguous between two lyceums №1 (A-14)",
      ["Лицей №1 им. Пушкина", "Лицей №1 им. Лермонтова"],
      "МАОУ Лицей №1",
      { kind: "ambiguous", candidates: [0, 1] },
    ],
    [
      "«СОШ №4 Среднепетровский МР» matches its own district's school №4, not another's",
      ["МБОУ «СОШ №4» Среднеивановский МР", "МБОУ «СОШ №4» Среднепетровский МР"],
      "СОШ №4 Среднепетровский МР",
      { kind: "matched", index: 1 },
    ],
    [
      "«Таежнинская школа №20» matches СШ №20, not ООШ №7",
      ["Таежнинская СШ №20", "Таежнинская ООШ №7"],
      "Таежнинская школа №20",
      { kind: "matched", index: 0 },
    ],
  ])("%s", (_t, names, text, expected) => {
    expect(new SchoolMatcher(schools(...(names as string[]))).match(text as string)).toEqual(
      expected,
    );
  });
});

describe("a spelled-out legal form is never a proper name (A-14)", () => {
  it("ignores «учреждение»", () => {
    expect(
      schoolKey("Муниципальное бюджетное общеобразовательное учреждение «Средняя школа №5»").proper,
    ).toBeNull();
  });
});

describe("a head of a methodical association is a teacher, whatever the wording (A-44)", () => {
  it.each(["руководитель школьного методического объединения", "руководитель ММО"])("%s", (p) => {
    expect(isHead(p)).toBe(false);
  });
});

describe("a short year range across a century (A-15)", () => {
  it("reads 1999/00 as 2000", () => {
    expect(parseYear("1999/00")).toEqual({ kind: "ok", value: 2000 });
  });
});

describe("percent text gives the nearest double", () => {
  it("reads 33,3% as 0.333", () => {
    expect(parseShare("33,3%")).toEqual({ kind: "ok", value: 0.333, percent: true });
  });
});

describe("abbreviations are not expanded (A-16)", () => {
  it("«Богучанская СШ №3» does not match «БСШ №3»", () => {
    expect(new SchoolMatcher(schools("МКОУ БСШ №3")).match("Богучанская СШ №3")).toEqual({
      kind: "notFound",
    });
  });

  it("«советник директора по воспитанию» is a teaching post", () => {
    expect(isHead("советник директора по воспитанию")).toBe(false);
  });
});
