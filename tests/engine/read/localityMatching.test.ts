import {
  SchoolMatcher,
  type MatchableSchool,
  type MatchResult,
} from "../../../src/engine/read/SchoolMatcher";
import { ProblemLog } from "../../../src/engine/read/ProblemLog";
import { readResults } from "../../../src/engine/read/readResults";
import { readSchools } from "../../../src/engine/read/readSchools";
import { analyzeSheets, problemsOn, sheet } from "../../helpers/workbook";

const named = (...names: string[]): MatchableSchool[] => names.map((name) => ({ id: null, name }));
const matched = (index: number): MatchResult => ({ kind: "matched", index });
const NOT_FOUND: MatchResult = { kind: "notFound" };

describe("a school's locality is part of its key (DECISIONS B-03)", () => {
  it.each<[string, MatchableSchool[], string, MatchResult]>([
    [
      "two localities that differ never match, whatever else agrees",
      named("МБОУ «СОШ №2 с. Гехи»"),
      "МБОУ «СОШ №2 г. Урус-Мартан»",
      NOT_FOUND,
    ],
    [
      "…not even by the exact key without the legal form",
      named("СОШ №2 с. Гехи"),
      "СОШ №2 г. Урус-Мартан",
      NOT_FOUND,
    ],
    [
      "the space after the dot does not matter",
      named("МКОУ «ООШ с.Алхазурово»"),
      "ООШ с. Алхазурово",
      matched(0),
    ],
    [
      "nor the case of the locality",
      named("МКОУ «ООШ с. Алхазурово»"),
      "ООШ С. АЛХАЗУРОВО",
      matched(0),
    ],
    ["nor «ё» for «е»", named("МБОУ «СОШ №1 с. Березовка»"), "СОШ №1 с. Берёзовка", matched(0)],
    [
      "nor Latin look-alikes in the marker and the place",
      named("МКОУ «ООШ с. Алхазурово»"),
      "ООШ c. Aлхазурово",
      matched(0),
    ],
    [
      "nor the case of the place name",
      named("МБОУ «СОШ №5 г. Грозный»", "МБОУ «СОШ №5 г. Аргун»"),
      "СОШ №5 г. Грозного",
      matched(0),
    ],
    [
      "a locality on one side only: A-16 as before (the ОО name has it)",
      named("МБОУ «СОШ №2 с. Гехи»"),
      "СОШ №2",
      matched(0),
    ],
    [
      "a locality on one side only: A-16 as before (the other name has it)",
      named("МБОУ «СОШ №2»"),
      "СОШ №2 г. Урус-Мартан",
      matched(0),
    ],
    [
      "the school of the name's own locality among two that differ only by it",
      named("МБОУ «СОШ №2 с. Гехи»", "МБОУ «СОШ №2 г. Урус-Мартан»"),
      "СОШ №2 г.Урус-Мартан",
      matched(1),
    ],
    [
      "a name without a locality that fits two schools differing only by it is ambiguous",
      named("МБОУ «СОШ №2 с. Гехи»", "МБОУ «СОШ №2 г. Урус-Мартан»"),
      "МБОУ СОШ №2",
      { kind: "ambiguous", candidates: [0, 1] },
    ],
    [
      "the same locality identifies a school as a number does",
      named("МКОУ «ООШ с. Алхазурово»", "МКОУ «ООШ с. Гехи»"),
      "Основная школа с. Алхазурово",
      matched(0),
    ],
    [
      "a school with the name's locality wins over one without any",
      named("МБОУ «СОШ №2»", "МБОУ «СОШ №2 с. Гехи»"),
      "СОШ №2 с. Гехи",
      matched(1),
    ],
  ])("%s", (_what, schools, text, expected) => {
    expect(new SchoolMatcher(schools).match(text)).toEqual(expected);
  });

  describe("the «Населённый пункт» column gives the locality of a name that lacks it", () => {
    const matcher = new SchoolMatcher([
      { id: null, name: "МБОУ «СОШ №2»", settlement: "с. Гехи" },
      { id: null, name: "МБОУ «СОШ №2»", settlement: "г. Урус-Мартан" },
    ]);

    it.each<[string, MatchResult]>([
      ["МБОУ «СОШ №2» с. Гехи", matched(0)],
      ["СОШ №2 г. Урус-Мартан", matched(1)],
      ["СОШ №2 с. Алхазурово", NOT_FOUND],
      ["МБОУ «СОШ №2»", { kind: "ambiguous", candidates: [0, 1] }],
      ["СОШ №2", { kind: "ambiguous", candidates: [0, 1] }],
    ])("%p → %o", (text, expected) => {
      expect(matcher.match(text)).toEqual(expected);
    });
  });
});

describe("the workbook: ОО with «Населённый пункт» and two schools of one name (B-03)", () => {
  const schoolsSheet = sheet("ОО", [
    ["Наименование ОО", "Населённый пункт"],
    ["МБОУ «СОШ №2»", "с. Гехи"],
    ["МБОУ «СОШ №2»", "г. Урус-Мартан"],
  ]);
  const resultsSheet = sheet("Результаты", [
    ["ОО", "Год", "Процедура", "Предмет", "Участников", "Средний балл"],
    ["СОШ №2 с.Гехи", 2022, "ОГЭ", "Русский язык", 20, 3.9],
    ["СОШ №2 г. Урус-Мартан", 2022, "ОГЭ", "Русский язык", 25, 3.1],
    ["МБОУ «СОШ №2»", 2022, "ОГЭ", "Математика", 20, 3.5],
  ]);
  const results = analyzeSheets([schoolsSheet, resultsSheet]);

  it("keeps both schools: one name in two places is no duplicate", () => {
    expect(results.schools.map((s) => s.row)).toEqual([2, 3]);
    expect(problemsOn(results, "ОО")).toEqual([]);
  });

  it("gives each row the school of its locality", () => {
    const problems = new ProblemLog();
    const outcome = readSchools(schoolsSheet, problems);
    if (outcome.kind !== "ok") throw new Error(outcome.message);
    const ref = {
      matcher: new SchoolMatcher(outcome.schools, outcome.normalizedNames),
      names: outcome.schools.map((s) => s.name),
    };
    const rows = [...readResults(resultsSheet, ref, problems).table];
    expect(rows.map((r) => [r.row, r.school, r.participants])).toEqual([
      [2, 0, 20],
      [3, 1, 25],
    ]);
  });

  it("reports the bare name as fitting both", () => {
    expect(problemsOn(results, "Результаты").map((p) => [p.cell, p.code])).toEqual([
      ["A4", "schoolAmbiguous"],
    ]);
  });
});
