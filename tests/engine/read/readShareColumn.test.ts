import type { CellValue, Results } from "../../../src/engine";
import { analyzeSheets, problemsOn, sheet } from "../../helpers/workbook";

const NAMES = [
  "МБОУ «СОШ №1» ИГОСК",
  "МБОУ «Гимназия №2» ИГОСК",
  "МБОУ «СОШ №3» ИГОСК",
  "МКОУ «СОШ №4» ИГОСК",
];

const SCHOOLS = sheet("ОО", [["Наименование ОО"], ...NAMES.map((n) => [n])]);

/**
 * Runs a district whose ОГЭ Russian fail shares (column H, header `H1`) are `shares`, one per
 * school in order; `extra` rows follow them. R1's value shows the share as read.
 */
function failShares(shares: readonly CellValue[], extra: readonly CellValue[][] = []): Results {
  const header = [
    "ОО",
    "Год",
    "Процедура",
    "Предмет",
    "Класс",
    "Участников",
    "Средний балл",
    "Доля не преодолевших минимальный порог",
  ];
  const rows = shares.map((v, i) => [NAMES[i], 2022, "ОГЭ", "Русский язык", null, 20, 3.5, v]);
  return analyzeSheets([SCHOOLS, sheet("Результаты", [header, ...rows, ...extra])]);
}

const readShares = (results: Results) => results.schools.map((s) => s.indicators.R1.value);
const infos = (results: Results) =>
  problemsOn(results, "Результаты", "info").map((p) => [p.cell, p.code]);

describe("a share column is read per column (DECISIONS A-08)", () => {
  it("divides a bare column by 100 when a value exceeds 1, with one info at its header", () => {
    const results = failShares([12, 5, 0, "7,5"]);
    expect(readShares(results)).toEqual([0.12, 0.05, 0, 0.075]);
    expect(infos(results)).toEqual([["H1", "percentColumn"]]);
  });

  it("keeps a `%`-formatted cell exact in a column read as percent", () => {
    const results = failShares([12, 5, { percent: 0.5 }, 0]);
    expect(readShares(results)).toEqual([0.12, 0.05, 0.5, 0]);
    expect(infos(results)).toEqual([["H1", "percentColumn"]]);
  });

  it("keeps `46,7%` text exact in a column read as fractions", () => {
    const results = failShares([0.12, "46,7%", 0.3, 0.2]);
    expect(readShares(results)).toEqual([0.12, 0.467, 0.3, 0.2]);
  });

  it("reads a column with only values ≤ 1 as fractions, 1 itself included", () => {
    const results = failShares([0.12, 0.05, { percent: 0.5 }, 1]);
    expect(readShares(results)).toEqual([0.12, 0.05, 0.5, 1]);
    expect(infos(results)).toEqual([["H1", "percentColumn"]]);
  });

  it("gives no info for a column with `%` values only", () => {
    const results = failShares(["12%", { percent: 0.05 }, "0%", "7,5 %"]);
    expect(readShares(results)).toEqual([0.12, 0.05, 0, 0.075]);
    expect(infos(results)).toEqual([]);
  });

  it("judges the column without the rows of unmatched schools", () => {
    // 50 belongs to a school missing from ОО: it must not turn 0,12 into 0,0012.
    const stranger = ["МБОУ «СОШ №99» ИГОСК", 2022, "ОГЭ", "Русский язык", null, 20, 3.5, 50];
    const results = failShares([0.12, 0.05, 0.3, 0.2], [stranger]);
    expect(readShares(results)).toEqual([0.12, 0.05, 0.3, 0.2]);
  });

  it("rejects a share above 100 % at its cell and leaves it out", () => {
    // 150 makes the bare column percent; `150%` is exact. Both are 1,5.
    const results = failShares([0.12, 0.05, "150%", 150]);
    expect(readShares(results)).toEqual([0.0012, 0.0005, null, null]);
    const errors = problemsOn(results, "Результаты", "error").map((p) => [p.cell, p.code]);
    expect(errors).toEqual([
      ["H4", "shareOutOfRange"],
      ["H5", "shareOutOfRange"],
    ]);
  });

  it("rejects a negative share at its cell", () => {
    const results = failShares([0.12, -0.05, 0.3, 0.2]);
    expect(readShares(results)[1]).toBeNull();
    expect(problemsOn(results, "Результаты", "error").map((p) => p.cell)).toEqual(["H3"]);
  });

  it("takes missing tokens as missing, never as zero, and records nothing", () => {
    const results = failShares(["н/д", "-", "", 0.2]);
    expect(readShares(results)).toEqual([null, null, null, 0.2]);
    expect(problemsOn(results, "Результаты", "error")).toEqual([]);
    expect(problemsOn(results, "Результаты", "warning")).toEqual([]);
  });

  it("warns about an Excel error at its cell, and the share is missing", () => {
    const results = failShares([0.12, { error: "#N/A" }, "#ДЕЛ/0!", 0.2]);
    expect(readShares(results)).toEqual([0.12, null, null, 0.2]);
    const warnings = problemsOn(results, "Результаты", "warning").map((p) => [p.cell, p.code]);
    expect(warnings).toEqual([
      ["H3", "excelError"],
      ["H4", "excelError"],
    ]);
  });

  it("lists a row's other problems first, then each share column's problems in column order", () => {
    // Read in one pass over the rows, yet reported as if column by column: a count of row 3,
    // then the fail shares (H2, H4, the info at H1), then «Понизили» (I3).
    const header = ["ОО", "Год", "Процедура", "Предмет", "Класс", "Участников", "Средний балл"];
    const shares = ["Доля не преодолевших минимальный порог", "Понизили"];
    const row = (i: number, participants: CellValue, fail: CellValue, lowered: CellValue) => [
      NAMES[i],
      2022,
      "ВПР",
      "Русский язык",
      5,
      participants,
      3.5,
      fail,
      lowered,
    ];
    const results = analyzeSheets([
      SCHOOLS,
      sheet("Результаты", [
        [...header, ...shares],
        row(0, 20, "много", 0.1),
        row(1, "двадцать", 12, "мало"),
        row(2, 20, { error: "#N/A" }, 0.2),
      ]),
    ]);
    expect(problemsOn(results, "Результаты").map((p) => [p.cell, p.code])).toEqual([
      ["F3", "invalidValue"],
      ["H2", "invalidValue"],
      ["H4", "excelError"],
      ["H1", "percentColumn"],
      ["I3", "invalidValue"],
      ["I1", "percentColumn"],
    ]);
  });
});
