import type { ResultRow } from "../read/ResultTable";
import type { SchoolRecord } from "../read/SchoolRecord";
import type { Settings } from "../settings";

/** A reference value for R1, R2 or R6, and whether it is regional or a municipal estimate. */
export interface ResolvedReference {
  readonly value: number;
  readonly source: "regional" | "municipal";
}

/** What an indicator rule may look at for one school. */
export interface IndicatorContext {
  readonly school: SchoolRecord;
  readonly year: number | null;
  readonly settings: Settings;
  /** The school's ОГЭ/ЕГЭ row of a year, if any. */
  exam(procedure: string, subject: string, year: number): ResultRow | undefined;
  /** Whether a row is large enough to be used (A-22, A-22b). */
  usable(row: ResultRow | undefined): row is ResultRow;
  reference(code: string): ResolvedReference | null;
  /** The share of grade 9 graduates who went on to grade 10 (I2), or null when not known. */
  continuation(): number | null;
  /** The share of students in the regional and final olympiad stages over 3 years (I3), or null. */
  olympiadShare(): number | null;
  /** `Лист!A1` of a field of a result row. */
  resultCell(row: ResultRow, key: string): string;
  /** `Лист!A1` of a field of the school's ОО row. */
  schoolCell(key: string): string | null;
  /** I1 of this school, computed beforehand over all schools. */
  readonly lowest: {
    readonly met: boolean | null;
    readonly value: number | null;
    readonly threshold: number | null;
  };
}

/** One indicator's outcome (SPEC 4: code, label, value, threshold, comparison, source cells). */
export interface IndicatorValue {
  readonly met: boolean | null;
  readonly value: number | number[] | null;
  readonly threshold: number | null;
  readonly sources: string[];
  /** The numbers in words where value and threshold alone do not tell the size (R5's rise). */
  readonly detail?: string;
}
