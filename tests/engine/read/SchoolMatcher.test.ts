import { SchoolMatcher, type MatchableSchool } from "../../../src/engine/read/SchoolMatcher";

const schools = (...names: string[]): MatchableSchool[] =>
  names.map((name) => ({ id: null, name }));

/** A district as the seeds write it: the ОО sheet of Изобильненский ГО and its neighbours. */
const DISTRICT: MatchableSchool[] = [
  { id: "2607109", name: "МБОУ «СОШ №10» ИГОСК" },
  { id: "2607111", name: "МКОУ «СОШ №12» ИГОСК" },
  { id: null, name: "МБОУ СОШ №5" },
  { id: null, name: "Таежнинская СШ №20" },
  { id: null, name: "МКОУ «Хребтовская СОШ» с. Хребтовое" },
  { id: null, name: "Лицей им. Пушкина" },
  { id: null, name: "Лицей им. Лермонтова" },
  { id: null, name: "Школа" },
];

describe("SchoolMatcher finds the school another sheet means (SPEC 3.3, DECISIONS A-16)", () => {
  const matcher = new SchoolMatcher(DISTRICT);

  it.each([
    ["the id", "2607109", 0],
    ["an id with spaces around it", " 2607111 ", 1],
    ["the name without quotes", "МБОУ СОШ №10 ИГОСК", 0],
    ["the name with Latin C and O in `COШ`", "МБОУ COШ №10 ИГОСК", 0],
    ["`N 5`", "МБОУ СОШ N 5", 2],
    ["`No5`", "МБОУ СОШ No5", 2],
    ["`№№5`", "МБОУ СОШ №№5", 2],
    ["`№ 5`", "МБОУ СОШ № 5", 2],
    ["«школа» for «СШ» with the proper name", "Таежнинская школа №20", 3],
    ["the proper name and kind without the legal form", "Хребтовская СОШ", 4],
    ["another case of the proper name", "МКОУ Хребтовской СОШ", 4],
    ["one of two lyceums by its exact name", "Лицей им. Пушкина", 5],
    ["the other lyceum by its exact name", "лицей им. Лермонтова", 6],
    ["«Школа» by its exact name", "школа", 7],
  ])("matches %s: %p", (_what, text, index) => {
    expect(matcher.match(text)).toEqual({ kind: "matched", index });
  });

  it.each([
    ["an unknown school", "МБОУ «Гимназия №40» ИГОСК"],
    ["another kind with the same number", "МКОУ «ООШ №12» ИГОСК"],
    ["a spelled-out abbreviation: «Богучанская СШ №3» is not «БСШ №3»", "Богучанская СШ №3"],
    ["an empty name", ""],
  ])("finds nothing for %s", (_what, text) => {
    expect(new SchoolMatcher([...DISTRICT, ...schools("МКОУ БСШ №3")]).match(text)).toEqual({
      kind: "notFound",
    });
  });

  it("never matches «Школа» by key, only by exact name", () => {
    const numbered = new SchoolMatcher(schools("МБОУ «Школа №7»", "МБОУ «СОШ №10» ИГОСК"));
    expect(numbered.match("Школа")).toEqual({ kind: "notFound" });
    const bare = new SchoolMatcher(schools("Школа"));
    expect(bare.match("МБОУ «Школа»")).toEqual({ kind: "notFound" });
  });

  it("never confuses «Лицей им. Пушкина» with «Лицей им. Лермонтова»", () => {
    const lyceums = new SchoolMatcher(schools("Лицей им. Пушкина", "Лицей им. Лермонтова"));
    expect(lyceums.match("МАОУ «Лицей им. Пушкина»").kind).not.toBe("matched");
    expect(lyceums.match("Лицей").kind).not.toBe("matched");
  });

  it("reports two candidates when a proper name fits two kinds", () => {
    const twins = new SchoolMatcher(
      schools("МКОУ «Хребтовская СОШ»", "МКОУ «Хребтовская ООШ»", "МБОУ «СОШ №10» ИГОСК"),
    );
    expect(twins.match("Хребтовская школа")).toEqual({ kind: "ambiguous", candidates: [0, 1] });
  });

  it("reports two candidates for schools that differ only by legal form (A-19)", () => {
    const twins = new SchoolMatcher(schools("МБОУ «Хребтовская СОШ»", "МКОУ «Хребтовская СОШ»"));
    expect(twins.match("Хребтовская СОШ")).toEqual({ kind: "ambiguous", candidates: [0, 1] });
    expect(twins.match("МКОУ Хребтовская СОШ")).toEqual({ kind: "matched", index: 1 });
  });

  it("gives the first of two schools with one id, as the ОО reader keeps only the first", () => {
    const twice = new SchoolMatcher([
      { id: "2607109", name: "МБОУ «СОШ №10» ИГОСК" },
      { id: "2607109", name: "МБОУ «СОШ №11» ИГОСК" },
    ]);
    expect(twice.match("2607109")).toEqual({ kind: "matched", index: 0 });
  });

  it("gives a name copied exactly the school its normalized name gives, not a later twin", () => {
    // «школа № 1» normalizes to «ШКОЛА№1» like the first name: the first school has that name.
    const twins = new SchoolMatcher(schools("Школа №1", "школа № 1", "2607109"));
    expect(twins.match("школа № 1")).toEqual({ kind: "matched", index: 0 });
    expect(twins.match("Школа №1")).toEqual({ kind: "matched", index: 0 });
    // An exact name that is also an id is the school of that id (ids come first).
    const idFirst = new SchoolMatcher([
      { id: "2607109", name: "МБОУ «СОШ №10» ИГОСК" },
      { id: null, name: "2607109" },
    ]);
    expect(idFirst.match("2607109")).toEqual({ kind: "matched", index: 0 });
  });

  it("answers the same text the same way every time", () => {
    expect(matcher.match("Таежнинская школа №20")).toEqual(matcher.match("Таежнинская школа №20"));
  });
});
