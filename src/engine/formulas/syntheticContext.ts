import type { IndicatorContext, ResolvedReference } from "../indicators/IndicatorContext";
import { shareOf } from "../indicators/shareOf";
import type { ResultRow } from "../read/ResultTable";
import type { SchoolRecord } from "../read/SchoolRecord";
import type { Settings } from "../settings";

/** A school's result rows: a handful, so a list searched in order is cheaper than maps. */
export type ResultRows = ResultRow[];

/** One school's figures as a formula gives them, without the sheets behind them. */
export interface SchoolFigures {
  readonly school: SchoolRecord;
  readonly year: number | null;
  readonly settings: Settings;
  readonly results: ResultRows;
  readonly references: Readonly<Record<string, ResolvedReference>>;
  readonly lowest: IndicatorContext["lowest"];
  /** I2's share as a row gives it, when the row has not both counts. */
  readonly continuation?: number;
  /** I3's share as a row gives it, when the row has not both counts. */
  readonly olympiadShare?: number;
}

/** The result row of a procedure, subject and year, made empty when there is none yet. */
export function resultRow(
  rows: ResultRows,
  procedure: string,
  subject: string,
  year: number,
): ResultRow {
  const known = findRow(rows, procedure, subject, year);
  if (known !== undefined) return known;
  const row: ResultRow = {
    school: 0,
    row: 0,
    year,
    procedure,
    subject,
    grade: null,
    participants: null,
    mean: null,
    failShare: null,
    lowered: null,
    confirmed: null,
    raised: null,
  };
  rows.push(row);
  return row;
}

function findRow(
  rows: ResultRows,
  procedure: string,
  subject: string,
  year: number,
): ResultRow | undefined {
  for (const row of rows) {
    if (row.year === year && row.procedure === procedure && row.subject === subject) return row;
  }
  return undefined;
}

/**
 * The IndicatorContext of a school given by its figures, so that INDICATORS[].compute decides
 * as in a whole-workbook run. Rows given by a formula are summary figures without a
 * participants count, so every row given is usable (A-22b is the data's business upstream),
 * and they have no cells to cite. A class, so that a call makes no closures.
 */
class FiguresContext implements IndicatorContext {
  readonly school: SchoolRecord;
  readonly year: number | null;
  readonly settings: Settings;
  readonly lowest: IndicatorContext["lowest"];

  constructor(private readonly figures: SchoolFigures) {
    this.school = figures.school;
    this.year = figures.year;
    this.settings = figures.settings;
    this.lowest = figures.lowest;
  }

  exam(procedure: string, subject: string, year: number): ResultRow | undefined {
    return findRow(this.figures.results, procedure, subject, year);
  }

  usable(row: ResultRow | undefined): row is ResultRow {
    return row !== undefined;
  }

  reference(code: string): ResolvedReference | null {
    return this.figures.references[code] ?? null;
  }

  continuation(): number | null {
    return this.figures.continuation ?? shareOf(this.school.cont10, this.school.grads9);
  }

  olympiadShare(): number | null {
    return this.figures.olympiadShare ?? shareOf(this.school.olympiad3y, this.school.students);
  }

  resultCell(): string {
    return "";
  }

  schoolCell(): string | null {
    return null;
  }
}

/** The IndicatorContext of a school given by its figures (see FiguresContext). */
export function syntheticContext(figures: SchoolFigures): IndicatorContext {
  return new FiguresContext(figures);
}
