/*
 * Runs in the browser right after the real office.js and before the pane. office.js outside
 * Office reports no host, so this makes it report Excel, gives Office a theme (`?theme=dark`),
 * and answers the Excel API from an in-memory workbook. The test reads that workbook through
 * `window.excelStandIn`.
 */
import { installFakeExcel } from "../../excel/fake/FakeExcel";
import { FakeWorkbook } from "../../excel/fake/FakeWorkbook";

declare global {
  interface Window {
    excelStandIn: {
      sheets(): { name: string; values: unknown[][] }[];
      selection(): string | null;
      settings(): Record<string, unknown>;
    };
  }
}

const dark = new URLSearchParams(location.search).get("theme") === "dark";
const THEME = dark
  ? { bodyBackgroundColor: "#1f1f1f", bodyForegroundColor: "#ffffff" }
  : { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000" };

const realOnReady = Office.onReady.bind(Office);
// office.js still initialises for real; only its verdict «no host» is replaced.
Office.onReady = ((
  callback?: (info: { host: Office.HostType; platform: Office.PlatformType }) => void,
) =>
  realOnReady().then(() => {
    Object.defineProperty(Office.context, "officeTheme", { value: THEME, configurable: true });
    const info = { host: Office.HostType.Excel, platform: Office.PlatformType.OfficeOnline };
    callback?.(info);
    return info;
  })) as typeof Office.onReady;

// The shared runtime gives the functions bundle this global; the page only needs it to exist.
(window as unknown as Record<string, unknown>).CustomFunctions = { associate: () => undefined };

// An empty workbook, as a user who opens the add-in for the first time has.
const workbook = new FakeWorkbook();
workbook.addSheet("Лист1");
installFakeExcel(workbook);

window.excelStandIn = {
  selection: () => {
    const selected = workbook.selection;
    const sheet = workbook.sheets.find((s) => s.id === selected?.sheetId);
    return selected && sheet ? `${sheet.name}!${selected.address}` : null;
  },
  settings: () => Object.fromEntries(workbook.settings),
  sheets: () =>
    workbook.sheets.filter((s) => !s.deleted).map((s) => ({ name: s.name, values: s.rows() })),
};
