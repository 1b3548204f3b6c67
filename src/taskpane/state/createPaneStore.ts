import {
  analyze,
  applyMapping,
  buildReport,
  proposeMapping,
  type AnalyzeOutcome,
  type Settings,
  type SheetKind,
  type SheetMapping,
  type WorkbookInput,
} from "../../engine";
import type { PaneGateway, WorkbookSnapshot } from "../gateway";
import { describeError, messages } from "../messages";
import { chosenSheets } from "./chosenSheets";
import { mergeMapping } from "./mergeMapping";
import {
  initialPaneState,
  paneReducer,
  type Notice,
  type PaneAction,
  type PaneState,
  type ReportSummary,
} from "./paneReducer";
import { remapColumn } from "./remapColumn";

/** What the sections may ask for; each action reports its failure as a notice, never silently. */
export interface PaneActions {
  /** Reads the workbook again and recomputes everything. */
  refresh(): Promise<void>;
  changeMapping(sheet: string, field: string, column: number | null): Promise<void>;
  /** Reads a sheet as a kind of data; the kind that had that sheet is found anew. */
  chooseSheet(kind: SheetKind, sheet: string): Promise<void>;
  saveSettings(settings: Partial<Settings>): Promise<void>;
  saveUserDefaults(settings: Partial<Settings>): void;
  selectCell(sheet: string, address: string): Promise<void>;
  makeReport(): Promise<void>;
  insertTemplate(): Promise<void>;
  dismissNotice(): void;
}

export interface PaneStore {
  getState(): PaneState;
  subscribe(listener: () => void): () => void;
  readonly actions: PaneActions;
}

// Share of the progress bar taken by reading, computing and building before the writer starts.
const BEFORE_WRITING = 0.3;

/**
 * The pane's store: the state, kept out of components, and the actions that move it through
 * the gateway and the engine.
 *
 * @param gateway Excel and the browser, or a fake in tests.
 * @param today Today's date as ISO `YYYY-MM-DD`, the default as-of date for КПК.
 */
export function createPaneStore(gateway: PaneGateway, today: () => string): PaneStore {
  let state = initialPaneState;
  const listeners = new Set<() => void>();
  const dispatch = (action: PaneAction) => {
    state = paneReducer(state, action);
    for (const listener of listeners) listener();
  };
  const fail = (title: string, error: unknown): Notice => ({
    intent: "error",
    title,
    text: describeError(error),
  });

  const run = (
    workbook: WorkbookInput,
    mapping: readonly SheetMapping[],
    mappingSaved: boolean,
    settings: Partial<Settings>,
  ): AnalyzeOutcome => {
    // An untouched workbook is read exactly as the CLI reads it; a corrected one through the mapping.
    if (!mappingSaved) return analyze(workbook, { today: today(), settings });
    const sheets = chosenSheets(mapping);
    return analyze(applyMapping(workbook, mapping), { today: today(), settings, sheets });
  };

  /** Applies the user's change to the mapping, recomputes and saves it in the workbook. */
  const saveMapping = async (
    change: (mapping: readonly SheetMapping[], workbook: WorkbookInput) => SheetMapping[],
  ) => {
    const { workbook, settings } = state;
    if (!workbook) return;
    try {
      const mapping = change(state.mapping, workbook);
      const outcome = run(workbook, mapping, true, settings);
      dispatch({ type: "mappingChanged", mapping, outcome });
      await gateway.saveMapping(mapping);
    } catch (error) {
      dispatch({ type: "notice", notice: fail(messages.saveMappingFailed, error) });
    }
  };

  const load = async ({ workbook, tables }: WorkbookSnapshot) => {
    const saved = await gateway.loadState();
    const proposed = proposeMapping(workbook, chosenSheets(saved.mapping ?? []));
    const mapping = mergeMapping(workbook, proposed, saved.mapping);
    const mappingSaved = saved.mapping !== null;
    // A workbook that never had settings starts from the user's own defaults.
    const settings = saved.settings ?? gateway.loadUserDefaults();
    const outcome = run(workbook, mapping, mappingSaved, settings);
    dispatch({ type: "loaded", workbook, tables, mapping, mappingSaved, settings, outcome });
  };

  const actions: PaneActions = {
    async refresh() {
      dispatch({ type: "loadStarted" });
      try {
        await load(await gateway.readWorkbook());
      } catch (error) {
        dispatch({ type: "failed", notice: fail(messages.readFailed, error) });
      }
    },

    async changeMapping(sheet, field, column) {
      await saveMapping((current) => remapColumn(current, sheet, field, column));
    },

    async chooseSheet(kind, sheet) {
      await saveMapping((current, workbook) => {
        // A sheet serves one kind: the kind that had it, and this kind's old sheet, are let go.
        const kept = current.filter((m) => m.kind !== kind && m.sheet !== sheet);
        const proposed = proposeMapping(workbook, { ...chosenSheets(kept), [kind]: sheet });
        return mergeMapping(workbook, proposed, current);
      });
    },

    async saveSettings(settings) {
      dispatch({ type: "busy", busy: true });
      try {
        await gateway.saveSettings(settings);
        const { workbook, mapping, mappingSaved } = state;
        const outcome = workbook ? run(workbook, mapping, mappingSaved, settings) : state.outcome;
        if (outcome) dispatch({ type: "settingsChanged", settings, outcome });
        dispatch({ type: "notice", notice: { intent: "success", title: messages.settingsSaved } });
      } catch (error) {
        dispatch({ type: "notice", notice: fail(messages.saveSettingsFailed, error) });
      } finally {
        dispatch({ type: "busy", busy: false });
      }
    },

    saveUserDefaults(settings) {
      const saved = gateway.saveUserDefaults(settings);
      const notice: Notice = saved
        ? { intent: "success", title: messages.userDefaultsSaved }
        : { intent: "warning", title: messages.userDefaultsFailed };
      dispatch({ type: "notice", notice });
    },

    async selectCell(sheet, address) {
      try {
        await gateway.selectCell(sheet, address);
      } catch (error) {
        dispatch({ type: "notice", notice: fail(messages.selectFailed, error) });
      }
    },

    async makeReport() {
      if (state.report.phase === "running") return;
      dispatch({ type: "notice", notice: null }); // an old message would read as this run's
      const progress = (fraction: number, stage: string) =>
        dispatch({ type: "reportProgress", fraction, stage });
      try {
        progress(0, messages.reading);
        // Read again: the user may have edited the data since the pane opened.
        const { workbook } = await gateway.readWorkbook();
        progress(0.1, messages.analysing);
        const outcome = run(workbook, state.mapping, state.mappingSaved, state.settings);
        if (outcome.kind === "unreadable") {
          dispatch({ type: "reportFailed", notice: fail(messages.reportFailed, outcome.message) });
          return;
        }
        progress(0.2, messages.building);
        const model = buildReport(outcome.results);
        progress(BEFORE_WRITING, messages.writing);
        const written = await gateway.writeReport(model, (p) =>
          progress(BEFORE_WRITING + (1 - BEFORE_WRITING) * p.fraction, p.stage),
        );
        const { totals } = outcome.results;
        const statusesKnown = !outcome.results.missingInputs.includes("results");
        const summary: ReportSummary = {
          sheets: written.sheets,
          schools: totals.schools,
          statusesKnown,
          shnor: totals.status.shnor,
          risk: totals.status.risk,
          shnsu: outcome.results.isbshSource === null ? null : totals.shnsu,
          kpk: {
            completed: totals.kpk.completed,
            total: totals.kpk.total,
            share: totals.kpk.share,
          },
        };
        dispatch({ type: "reportDone", summary, workbook, outcome });
      } catch (error) {
        dispatch({ type: "reportFailed", notice: fail(messages.reportFailed, error) });
      }
    },

    async insertTemplate() {
      dispatch({ type: "busy", busy: true });
      try {
        const sheets = await gateway.insertTemplate();
        dispatch({ type: "loadStarted" });
        await load(await gateway.readWorkbook());
        const notice: Notice = { intent: "success", title: messages.templateInserted(sheets) };
        dispatch({ type: "notice", notice });
      } catch (error) {
        dispatch({ type: "failed", notice: fail(messages.templateFailed, error) });
      } finally {
        dispatch({ type: "busy", busy: false });
      }
    },

    dismissNotice() {
      dispatch({ type: "notice", notice: null });
    },
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    actions,
  };
}
