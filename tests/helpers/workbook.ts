import {
  analyze,
  type CellValue,
  type Problem,
  type Results,
  type SchoolResult,
  type Settings,
  type SheetInput,
} from "../../src/engine";

/** One row of a hand-made sheet: `row[0]` is column A. */
export type Row = readonly CellValue[];

/** A sheet from its rows, the first being Excel row 1. */
export function sheet(name: string, rows: readonly Row[]): SheetInput {
  return { name, rows };
}

/** The header of Педагоги in its canonical order: ФИО in A, the end date in F, provider in G. */
export const TEACHERS_HEADER: Row = [
  "ФИО",
  "ОО",
  "Должность",
  "Программа КПК",
  "Часы",
  "Дата окончания",
  "Организатор",
];

/**
 * Runs the engine on hand-made sheets as of a date (31.03.2022, the date of the seed-000
 * protocol, unless told), and fails the test when the workbook is unreadable.
 */
export function analyzeSheets(
  sheets: readonly SheetInput[],
  asOf = "2022-03-31",
  settings?: Partial<Settings>,
): Results {
  const outcome = analyze({ sheets }, { today: asOf, asOf, settings });
  if (outcome.kind !== "ok") throw new Error(outcome.message);
  return outcome.results;
}

/** The problems recorded on one sheet, optionally of one severity. */
export function problemsOn(results: Results, sheetName: string, severity?: string): Problem[] {
  return results.problems.filter(
    (p) => p.sheet === sheetName && (severity === undefined || p.severity === severity),
  );
}

/**
 * The problems but the errors for the kinds of sheet a hand-made workbook leaves out (DECISIONS
 * B-01): a test of КПК needs no Результаты.
 */
export function dataProblems(results: Results): Problem[] {
  return results.problems.filter((p) => p.code !== "noSheet");
}

/** `severity sheet!cell` of every problem, for comparing as a set (DECISIONS A-60). */
export function problemCells(results: Results): string[] {
  return results.problems.map((p) => `${p.severity} ${p.sheet}!${p.cell ?? "—"}`);
}

/** The school with a name, failing the test when it is not in the results. */
export function school(results: Results, name: string): SchoolResult {
  const found = results.schools.find((s) => s.name === name);
  if (!found) throw new Error(`no school «${name}» in the results`);
  return found;
}

/** A sheet's rows as an array of rows, whichever form the sheet holds them in. */
export function rowsOf(sheet: SheetInput): (readonly CellValue[] | undefined)[] {
  return Array.from(sheet.rows);
}
