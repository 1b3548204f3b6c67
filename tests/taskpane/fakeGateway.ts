import type { ReportModel, Settings, SheetMapping, WorkbookInput } from "../../src/engine";
import type {
  PaneGateway,
  ReportProgress,
  SavedState,
  TableInfo,
} from "../../src/taskpane/gateway";

/** A gateway over an in-memory workbook that records what the pane asked for. */
export interface FakeGateway extends PaneGateway {
  readonly calls: {
    saveSettings: Partial<Settings>[];
    saveMapping: SheetMapping[][];
    selectCell: [string, string][];
    writeReport: ReportModel[];
    saveUserDefaults: Partial<Settings>[];
  };
  saved: SavedState;
}

/**
 * A fake gateway for component tests.
 *
 * @param workbook What readWorkbook returns.
 * @param saved What the workbook has saved for the pane.
 * @param tables The Excel Tables the workbook has.
 */
export function fakeGateway(
  workbook: WorkbookInput,
  saved: Partial<SavedState> = {},
  tables: readonly TableInfo[] = [],
): FakeGateway {
  const gateway: FakeGateway = {
    calls: {
      saveSettings: [],
      saveMapping: [],
      selectCell: [],
      writeReport: [],
      saveUserDefaults: [],
    },
    saved: { settings: null, mapping: null, ...saved },
    readWorkbook: async () => ({ workbook, tables }),
    loadState: async () => gateway.saved,
    async saveSettings(settings) {
      gateway.calls.saveSettings.push(settings);
      gateway.saved = { ...gateway.saved, settings };
    },
    async saveMapping(mapping) {
      gateway.calls.saveMapping.push([...mapping]);
      gateway.saved = { ...gateway.saved, mapping };
    },
    async selectCell(sheet, address) {
      gateway.calls.selectCell.push([sheet, address]);
    },
    async writeReport(model, onProgress: (p: ReportProgress) => void) {
      gateway.calls.writeReport.push(model);
      onProgress({ fraction: 1, stage: "Готово" });
      return { sheets: model.sheets.map((s) => s.name) };
    },
    insertTemplate: async () => ["ОО", "Результаты", "Педагоги", "Параметры"],
    loadUserDefaults: () => ({}),
    saveUserDefaults(settings) {
      gateway.calls.saveUserDefaults.push(settings);
      return true;
    },
  };
  return gateway;
}
