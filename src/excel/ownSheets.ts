/** Key of the workbook setting that lists the report sheets the add-in wrote last. */
export const REPORT_RECORD_KEY = "shnor.reportSheets";

/** Key of the worksheet custom property that marks a report sheet (ExcelApi 1.12). */
export const REPORT_TAG_KEY = "shnor.report";

/** What the add-in knows about a worksheet when it decides whether the sheet is its own. */
export interface SheetFacts {
  readonly id: string;
  readonly name: string;
  /** The value of the sheet's {@link REPORT_TAG_KEY} property, or `null` without one. */
  readonly tag: string | null;
}

/** The record kept in the workbook settings: the report sheets of the last run. */
export interface ReportRecord {
  readonly sheets: readonly { readonly id: string; readonly name: string }[];
}

/**
 * The ids of the sheets the add-in wrote itself, which a new report may replace.
 *
 * Worksheet ids change when the file is reopened, so a sheet is also recognised by its tag, a
 * custom property that keeps the name the add-in gave it. A copy the user makes of a report
 * sheet carries the tag too, but Excel names the copy differently («Сводка (2)»), so the copy
 * stays the user's.
 *
 * @param sheets Every worksheet of the workbook.
 * @param record The stored {@link REPORT_RECORD_KEY} setting, as read (any shape is tolerated).
 * @returns Ids of the add-in's own sheets.
 */
export function ownSheetIds(sheets: readonly SheetFacts[], record: unknown): Set<string> {
  const recorded = new Set(parseRecord(record).sheets.map((s) => s.id));
  const own = new Set<string>();
  for (const sheet of sheets) {
    if (recorded.has(sheet.id) || (sheet.tag !== null && sheet.tag === sheet.name))
      own.add(sheet.id);
  }
  return own;
}

/**
 * Reads the stored record; a missing, hand-edited or foreign value reads as «no sheets».
 *
 * @param value The setting's value: the JSON text the writer stored, or an object.
 */
export function parseRecord(value: unknown): ReportRecord {
  let data: unknown = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      return { sheets: [] };
    }
  }
  const sheets = (data as { sheets?: unknown } | null)?.sheets;
  if (!Array.isArray(sheets)) return { sheets: [] };
  return {
    sheets: sheets.filter(
      (s): s is { id: string; name: string } =>
        typeof s?.id === "string" && typeof s?.name === "string",
    ),
  };
}
