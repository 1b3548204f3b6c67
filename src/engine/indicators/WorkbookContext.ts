import { columnLetter } from "../read/columnLetter";
import type { SchoolRecord } from "../read/SchoolRecord";
import type { FisokoSources, ResultRow, ResultTable } from "../read/ResultTable";
import type { Settings } from "../settings";
import type { IndicatorContext, ResolvedReference } from "./IndicatorContext";
import { shareOf } from "./shareOf";

/** What every school of a workbook shares: its results, references and sheets. */
export interface WorkbookFacts {
  readonly year: number | null;
  readonly settings: Settings;
  readonly rows: ResultTable;
  readonly references: Readonly<Record<string, ResolvedReference | null>>;
  readonly resultsSheet: string | null;
  /** The column of each field on the results sheet, for the cells a flag cites. */
  readonly resultColumns: ReadonlyMap<string, number>;
}

/**
 * The IndicatorContext of one school of a read workbook. A class, so that a school makes no
 * closures; the `Лист!A` part of a cited cell is built once per field.
 */
export class WorkbookContext implements IndicatorContext {
  readonly year: number | null;
  readonly settings: Settings;
  // The exam rows this school's indicators looked at, as objects: several look at the same row.
  // Kept per school, so that they die young with the context instead of living through the run.
  private examRows: Map<number, ResultRow> | undefined;

  constructor(
    private readonly facts: WorkbookFacts,
    private readonly columnPrefixes: Map<string, string>,
    readonly school: SchoolRecord,
    readonly lowest: IndicatorContext["lowest"],
  ) {
    this.year = facts.year;
    this.settings = facts.settings;
  }

  exam(procedure: string, subject: string, year: number): ResultRow | undefined {
    // ВПР rows are not a school's exams: no indicator reads them one by one.
    if (procedure === "ВПР") return undefined;
    const rows = this.facts.rows;
    const index = rows.find(this.school.index, procedure, subject, null, year);
    if (index < 0) return undefined;
    this.examRows ??= new Map();
    let row = this.examRows.get(index);
    if (row === undefined) this.examRows.set(index, (row = rows.rowAt(index)));
    return row;
  }

  usable(row: ResultRow | undefined): row is ResultRow {
    return (
      row !== undefined &&
      row.participants !== null &&
      row.participants >= this.settings.minParticipants
    );
  }

  reference(code: string): ResolvedReference | null {
    return this.facts.references[code] ?? null;
  }

  continuation(): number | null {
    return shareOf(this.school.cont10, this.school.grads9);
  }

  olympiadShare(): number | null {
    return shareOf(this.school.olympiad3y, this.school.students);
  }

  resultCell(row: ResultRow, key: string): string {
    const converted = row.sources?.[key as keyof FisokoSources];
    if (converted !== undefined) return converted;
    let prefix = this.columnPrefixes.get(key);
    if (prefix === undefined) {
      prefix = `${this.facts.resultsSheet}!${columnLetter(this.facts.resultColumns.get(key) ?? 0)}`;
      this.columnPrefixes.set(key, prefix);
    }
    return prefix + row.row;
  }

  schoolCell(key: string): string | null {
    const source = this.school.cells.cell(key);
    return source ? `${source.sheet}!${source.cell}` : null;
  }
}
