/**
 * Every colour of the report, read by the sheets of the model and by both renderers (ExcelJS in
 * the CLI, Office.js in the add-in), so the two workbooks cannot drift apart. Cell colours are
 * AARRGGBB, as ExcelJS takes them; chart series are RRGGBB, as chart parts take them.
 */
export const PALETTE = {
  /** Table headers, totals, borders and the grey of subtitles. */
  header: "FFDCE6F1",
  total: "FFF2F2F2",
  border: "FFA6A6A6",
  note: "FF595959",
  /** Fills of status labels. */
  shnor: "FFF4B6B6",
  risk: "FFFFE2A8",
  normal: "FFCDEBC5",
  insufficient: "FFE4E4E4",
  /** Fills of risk levels and plan states, the same three as the statuses. */
  high: "FFF4B6B6",
  medium: "FFFFE2A8",
  low: "FFCDEBC5",
  /** Data bars of shares. */
  bar: "FF5B9BD5",
  /** Series colours of charts whose model names none: Office's default theme, in order. */
  series: ["5B9BD5", "ED7D31", "A5A5A5", "FFC000", "4472C4", "70AD47"],
} as const;
