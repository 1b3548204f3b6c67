import { insertTemplate } from "../excel/insertTemplate";
import { loadUserDefaults, saveUserDefaults } from "../excel/officeHelpers";
import { readWorkbook } from "../excel/readWorkbook";
import { runExcel } from "../excel/runExcel";
import { selectCell } from "../excel/selectCell";
import {
  loadStoredConfiguration,
  saveMapping,
  saveSettings,
  SETTINGS_KEY,
} from "../excel/settingsStore";
import { writeReport } from "../excel/writeReport";
import type { PaneGateway } from "./gateway";

/**
 * The pane's gateway inside Excel: each call is one `Excel.run` over `src/excel`, and the
 * per-user defaults live in the browser through `officeHelpers`.
 */
export function createOfficeGateway(): PaneGateway {
  return {
    readWorkbook: () =>
      runExcel(async (context) => {
        const read = await readWorkbook(context);
        const tables = read.tables.map(({ name, sheet, address }) => ({ name, sheet, address }));
        return { workbook: read.workbook, tables };
      }),

    loadState: () =>
      runExcel(async (context) => {
        // Queued before the store's own sync, so telling «never saved» from «saved as {}»
        // costs no extra round trip. The office-addins lint rules see neither that sync (inside
        // loadStoredConfiguration) nor that isNullObject is a plain flag, not a navigation.
        const stored = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
        // eslint-disable-next-line office-addins/no-navigational-load
        stored.load("isNullObject");
        const configuration = await loadStoredConfiguration(context);
        // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
        const neverSaved = stored.isNullObject;
        return {
          settings: neverSaved ? null : configuration.settings,
          mapping: configuration.mapping,
        };
      }),

    saveSettings: (settings) => runExcel((context) => saveSettings(context, settings)),

    saveMapping: (mapping) => runExcel((context) => saveMapping(context, mapping)),

    selectCell: (sheet, address) =>
      runExcel(async (context) => {
        if (!(await selectCell(context, sheet, address))) {
          throw new Error(
            `На листе «${sheet}» нет ячейки ${address}: лист удалён или переименован`,
          );
        }
      }),

    writeReport: (model, onProgress) =>
      runExcel(async (context) => {
        const summary = await writeReport(context, model, {
          onProgress: (stage, fraction) => onProgress({ stage, fraction }),
        });
        return { sheets: summary.sheets.map((s) => s.name) };
      }),

    insertTemplate: () =>
      runExcel(async (context) => (await insertTemplate(context)).map((s) => s.name)),

    loadUserDefaults,
    saveUserDefaults,
  };
}
