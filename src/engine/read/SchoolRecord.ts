import type { SocialInput } from "../isbsh/socialInputs";
import type { RiskLevel } from "../types";

/** A cell a value came from, for the source of every flag. */
export interface SourceCell {
  readonly sheet: string;
  readonly cell: string;
}

/** The cells of one school's ОО row, by field key. */
export interface RowCells {
  /** The cell of a field, or undefined when the sheet has no such column. */
  cell(key: string): SourceCell | undefined;
}

/** One school of the ОО sheet, with its values parsed (missing values are null). */
export interface SchoolRecord {
  readonly index: number;
  /** The Excel row (1-based). */
  readonly row: number;
  readonly id: string | null;
  readonly name: string;
  readonly municipality: string | null;
  readonly locality: string | null;
  readonly level: string | null;
  readonly hasGrade10: boolean;
  readonly students: number | null;
  readonly teachers: number | null;
  readonly kpkCompleted: number | null;
  readonly grads9: number | null;
  readonly cont10: number | null;
  readonly olympiad3y: number | null;
  readonly official: string | null;
  /** The ФИС ОКО login (`edu203389`), a school key of the exports (normalized to lower case). */
  readonly login: string | null;
  readonly vacancies: number | null;
  readonly social: Partial<Record<SocialInput["key"], number>>;
  readonly isbshGiven: number | null;
  readonly riskLevels: ReadonlyMap<string, RiskLevel>;
  /** Where each field came from. */
  readonly cells: RowCells;
}
