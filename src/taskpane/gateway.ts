import type { ReportModel, Settings, SheetMapping, WorkbookInput } from "../engine";

/** An Excel Table (ListObject) of the workbook. */
export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  /** Its address on its sheet, e.g. `A1:L23`. */
  readonly address: string;
}

/** The workbook as read: its sheets for the engine and the Excel Tables on them. */
export interface WorkbookSnapshot {
  /** Every sheet but the add-in's own report sheets. */
  readonly workbook: WorkbookInput;
  readonly tables: readonly TableInfo[];
}

/** What a workbook keeps for the pane in its settings. */
export interface SavedState {
  /** The settings changed from the method's defaults, or `null` when none were ever saved. */
  readonly settings: Partial<Settings> | null;
  /** The mapping the user corrected, or `null` when the proposed one is still in use. */
  readonly mapping: readonly SheetMapping[] | null;
}

/** How far the writing of the report sheets has got. */
export interface ReportProgress {
  /** Done share of the work, from 0 to 1. */
  readonly fraction: number;
  /** What is being done now, in Russian, e.g. «Лист «КПК»». */
  readonly stage: string;
}

/** What the writer put into the workbook. */
export interface WrittenReport {
  /** The names of the report sheets as written (a clash with a user's sheet adds a suffix). */
  readonly sheets: readonly string[];
}

/**
 * Everything the pane asks of Excel and of the browser. Components never call Office.js:
 * the pane's actions go through this interface, so tests pass a fake and the Office
 * implementation (`officeGateway.ts`) stays a thin layer over `src/excel`.
 */
export interface PaneGateway {
  /** The whole workbook as the engine reads it, in a constant number of round trips. */
  readWorkbook(): Promise<WorkbookSnapshot>;
  /** The settings and mapping saved in this workbook. */
  loadState(): Promise<SavedState>;
  /** Saves the settings in the workbook, replacing the previous ones. */
  saveSettings(settings: Partial<Settings>): Promise<void>;
  /** Saves the column mapping in the workbook, replacing the previous one. */
  saveMapping(mapping: readonly SheetMapping[]): Promise<void>;
  /** Selects a cell or range (`B7`, `5:5`) on a sheet and shows it to the user. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Writes the report sheets, replacing only the ones the add-in wrote before. */
  writeReport(
    model: ReportModel,
    onProgress: (progress: ReportProgress) => void,
  ): Promise<WrittenReport>;
  /** Inserts the template sheets with the demo data; returns the names they got. */
  insertTemplate(): Promise<readonly string[]>;
  /** This user's personal defaults for workbooks that have no saved settings. */
  loadUserDefaults(): Partial<Settings>;
  /** Saves this user's personal defaults; `false` when the browser keeps no local data. */
  saveUserDefaults(settings: Partial<Settings>): boolean;
}
