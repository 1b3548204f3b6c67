import type { CellValue, SheetInput } from "../../../src/engine";
import { analyzeSheets, problemsOn, school, sheet } from "../../helpers/workbook";

const NAMES = [
  "МБОУ «СОШ №1» ИГОСК",
  "МБОУ «Гимназия №2» ИГОСК",
  "МБОУ «СОШ №3» ИГОСК",
  "МКОУ «СОШ №4» ИГОСК",
  "МБОУ «СОШ №5» ИГОСК",
];

/**
 * ОГЭ results that give every school a composite, so that I1 and with it ШНСУ are computed
 * (DECISIONS A-35: without I1, shnsu is null).
 */
function results(names: readonly string[]): SheetInput {
  const header = ["ОО", "Год", "Процедура", "Предмет", "Участников", "Средний балл"];
  const rows = names.flatMap((name, i) => [
    [name, 2022, "ОГЭ", "Русский язык", 20, 3.5 + i / 10],
    [name, 2022, "ОГЭ", "Математика", 20, 3.4 + i / 10],
  ]);
  return sheet("Результаты", [header, ...rows]);
}

const schools = (header: readonly string[], rows: readonly CellValue[][]) =>
  sheet("ОО", [["Наименование ОО", ...header], ...rows.map((row, i) => [NAMES[i], ...row])]);

describe("ИСБШ from z-scores of the social inputs (METHOD-NOTES 1.2)", () => {
  /*
   * s1 (higher education, +): 0,1 0,2 0,3 0,4 0,5. Mean 0,3, population sd √0,02 = 0,1·√2,
   *   z = −√2, −√2/2, 0, √2/2, √2.
   * s2 (incomplete families, −) from counts: 60/200, 80/400, 50/250, 10/100, 100/500
   *   = 0,3 0,2 0,2 0,1 0,2. Mean 0,2, sd √0,004, z = +√10/2, 0, 0, −√10/2, 0; signed −.
   * s6 (ОВЗ, −) bare percent 8 6 4 2 0 → 0,08 … 0. Mean 0,04, sd √0,0008,
   *   z = √2, √2/2, 0, −√2/2, −√2; signed −.
   * ИСБШ = mean of the three signed z:
   *   №1 (−√2 − √10/2 − √2)/3 = −1,4699;  №2 (−√2/2 + 0 − √2/2)/3 = −√2/3 = −0,4714;
   *   №3 0;  №4 (√2/2 + √10/2 + √2/2)/3 = 0,9985;  №5 (√2 + 0 + √2)/3 = 0,9428.
   * ШНСУ: k = ⌈0,2·5⌉ = 1, the lowest is №1.
   */
  const expected = [
    -(2 * Math.SQRT2 + Math.sqrt(10) / 2) / 3,
    -Math.SQRT2 / 3,
    0,
    (Math.SQRT2 + Math.sqrt(10) / 2) / 3,
    (2 * Math.SQRT2) / 3,
  ];
  const header = [
    "Численность обучающихся",
    "Доля обучающихся, оба родителя которых имеют высшее образование",
    "Количество обучающихся из неполных семей",
    "Доля обучающихся с ОВЗ",
  ];
  const run = analyzeSheets([
    schools(header, [
      [200, 0.1, 60, 8],
      [400, 0.2, 80, 6],
      [250, 0.3, 50, 4],
      [100, 0.4, 10, 2],
      [500, 0.5, 100, 0],
    ]),
    results(NAMES),
  ]);

  it.each(NAMES.map((name, i) => [name, expected[i]]))("gives %s an ИСБШ of %f", (name, value) => {
    expect(Math.abs(school(run, name).isbsh! - value)).toBeLessThan(1e-9);
  });

  it("centres the index on the district: the five values sum to 0", () => {
    const sum = run.schools.reduce((total, s) => total + s.isbsh!, 0);
    expect(Math.abs(sum)).toBeLessThan(1e-9);
  });

  it("flags the lowest ⌈0,2·5⌉ = 1 school as ШНСУ", () => {
    expect(run.schools.map((s) => s.shnsu)).toEqual([true, false, false, false, false]);
    expect(run.totals.shnsu).toBe(1);
    expect(run.isbshSource).toBe("computed");
  });

  it("reads the percent column of ОВЗ with one info at its header", () => {
    expect(problemsOn(run, "ОО", "info").map((p) => p.cell)).toEqual(["C1", "E1"]);
  });
});

describe("a count input is divided by students (METHOD-NOTES 1.1)", () => {
  it("rejects a count above the number of students, at its cell", () => {
    const run = analyzeSheets([
      schools(
        ["Численность обучающихся", "Количество обучающихся из неполных семей"],
        [
          [200, 250],
          [400, 80],
        ],
      ),
    ]);
    expect(problemsOn(run, "ОО").map((p) => [p.severity, p.cell, p.code])).toEqual([
      ["error", "C2", "countAboveStudents"],
    ]);
  });
});

describe("the regional ИСБШ column is used as is (METHOD-NOTES 1.2 step 3)", () => {
  // Two schools share the lowest value −1: ⌈0,2·4⌉ = 1, and the tie is included.
  const run = analyzeSheets([
    schools(
      ["ИСБШ", "Численность обучающихся", "Доля обучающихся с ОВЗ"],
      [
        [-1, 200, 0.01],
        [-1, 400, 0.02],
        [0, 250, 0.03],
        [0.5, 100, 0.04],
        [null, 500, 0.05],
      ],
    ),
    results(NAMES),
  ]);

  it("takes the values as given when at least three schools have them", () => {
    expect(run.schools.map((s) => s.isbsh)).toEqual([-1, -1, 0, 0.5, null]);
    expect(run.isbshSource).toBe("regional");
  });

  it("flags both schools tied at the lowest value, and leaves the school without one н/д", () => {
    expect(run.schools.map((s) => s.shnsu)).toEqual([true, true, false, false, null]);
  });

  it("computes the index itself when fewer than three schools have the regional value", () => {
    const few = analyzeSheets([
      schools(
        ["ИСБШ", "Доля обучающихся с ОВЗ", "неполные семьи", "малоимущие"],
        [
          [-1, 0.01, 0.1, 0.2],
          [-1, 0.02, 0.2, 0.1],
          [null, 0.03, 0.3, 0.3],
        ],
      ),
    ]);
    expect(few.isbshSource).toBe("computed");
    expect(few.schools.map((s) => s.isbsh)).not.toEqual([-1, -1, null]);
  });
});

describe("a school with fewer than isbshMinInputs inputs has no ИСБШ (METHOD-NOTES 1.2)", () => {
  const run = analyzeSheets([
    schools(
      ["Доля обучающихся с ОВЗ", "неполные семьи", "малоимущие"],
      [
        [0.01, 0.1, 0.2],
        [0.02, 0.2, 0.1],
        [0.03, 0.3, 0.3],
        [0.04, 0.15, null],
      ],
    ),
    results(NAMES.slice(0, 4)),
  ]);

  it("gives isbsh null and shnsu null to a school with two inputs", () => {
    expect(run.schools[3]).toMatchObject({ isbsh: null, shnsu: null });
    expect(run.schools.slice(0, 3).every((s) => s.isbsh !== null)).toBe(true);
  });

  it("gives shnsu null to every school when there are no social inputs at all", () => {
    const bare = analyzeSheets([
      sheet("ОО", [["Наименование ОО"], ...NAMES.map((n) => [n])]),
      results(NAMES),
    ]);
    expect(bare.schools.map((s) => [s.isbsh, s.shnsu])).toEqual(NAMES.map(() => [null, null]));
    expect(bare.isbshSource).toBeNull();
  });
});
