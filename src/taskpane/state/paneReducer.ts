import type { AnalyzeOutcome, Settings, SheetMapping, WorkbookInput } from "../../engine";
import type { TableInfo } from "../gateway";

/** A message shown above the sections until the user closes it or a newer one replaces it. */
export interface Notice {
  readonly intent: "error" | "warning" | "success" | "info";
  readonly title: string;
  readonly text?: string;
}

/** What a finished report run wrote and found. */
export interface ReportSummary {
  readonly sheets: readonly string[];
  readonly schools: number;
  /** False without Результаты: the counts of statuses are then «нет данных» (B-01). */
  readonly statusesKnown: boolean;
  readonly shnor: number;
  readonly risk: number;
  /** ШНСУ schools, or null when the workbook has no inputs for ИСБШ. */
  readonly shnsu: number | null;
  readonly kpk: {
    readonly completed: number;
    readonly total: number;
    readonly share: number | null;
  };
}

export type ReportRun =
  | { readonly phase: "idle" }
  | { readonly phase: "running"; readonly fraction: number; readonly stage: string }
  | { readonly phase: "done"; readonly summary: ReportSummary };

/** The pane's whole state: a snapshot of the workbook and what the engine made of it. */
export interface PaneState {
  /** The workbook is being read (at start, after «Обновить» or «Вставить шаблон»). */
  readonly loading: boolean;
  readonly workbook: WorkbookInput | null;
  /** The Excel Tables of the workbook. */
  readonly tables: readonly TableInfo[];
  /** One entry per input sheet found, the saved correction or the engine's proposal. */
  readonly mapping: readonly SheetMapping[];
  /** The mapping was corrected by the user and is saved in the workbook. */
  readonly mappingSaved: boolean;
  /** Settings changed from the method's defaults (what the workbook keeps). */
  readonly settings: Partial<Settings>;
  readonly outcome: AnalyzeOutcome | null;
  readonly report: ReportRun;
  readonly notice: Notice | null;
  /** A long action (saving, inserting the template) is under way: its buttons wait. */
  readonly busy: boolean;
}

export type PaneAction =
  | { readonly type: "loadStarted" }
  | {
      readonly type: "loaded";
      readonly workbook: WorkbookInput;
      readonly tables: readonly TableInfo[];
      readonly mapping: readonly SheetMapping[];
      readonly mappingSaved: boolean;
      readonly settings: Partial<Settings>;
      readonly outcome: AnalyzeOutcome;
    }
  | {
      readonly type: "mappingChanged";
      readonly mapping: readonly SheetMapping[];
      readonly outcome: AnalyzeOutcome;
    }
  | {
      readonly type: "settingsChanged";
      readonly settings: Partial<Settings>;
      readonly outcome: AnalyzeOutcome;
    }
  | { readonly type: "busy"; readonly busy: boolean }
  | { readonly type: "reportProgress"; readonly fraction: number; readonly stage: string }
  | {
      readonly type: "reportDone";
      readonly summary: ReportSummary;
      readonly workbook: WorkbookInput;
      readonly outcome: AnalyzeOutcome;
    }
  | { readonly type: "reportFailed"; readonly notice: Notice }
  | { readonly type: "failed"; readonly notice: Notice }
  | { readonly type: "notice"; readonly notice: Notice | null };

export const initialPaneState: PaneState = {
  loading: true,
  workbook: null,
  tables: [],
  mapping: [],
  mappingSaved: false,
  settings: {},
  outcome: null,
  report: { phase: "idle" },
  notice: null,
  busy: false,
};

/**
 * The pane's state after an action: pure, so every transition is tested without React or Excel.
 *
 * @param state The current state.
 * @param action What happened.
 * @returns The next state.
 */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "loadStarted":
      return { ...state, loading: true };
    case "loaded":
      return {
        ...state,
        loading: false,
        workbook: action.workbook,
        tables: action.tables,
        mapping: action.mapping,
        mappingSaved: action.mappingSaved,
        settings: action.settings,
        outcome: action.outcome,
      };
    case "mappingChanged":
      return { ...state, mapping: action.mapping, mappingSaved: true, outcome: action.outcome };
    case "settingsChanged":
      return { ...state, settings: action.settings, outcome: action.outcome };
    case "busy":
      return { ...state, busy: action.busy };
    case "reportProgress":
      return {
        ...state,
        report: { phase: "running", fraction: action.fraction, stage: action.stage },
      };
    case "reportDone":
      return {
        ...state,
        workbook: action.workbook,
        outcome: action.outcome,
        report: { phase: "done", summary: action.summary },
      };
    case "reportFailed":
      return { ...state, report: { phase: "idle" }, notice: action.notice };
    case "failed":
      return { ...state, loading: false, busy: false, notice: action.notice };
    case "notice":
      return { ...state, notice: action.notice };
  }
}
