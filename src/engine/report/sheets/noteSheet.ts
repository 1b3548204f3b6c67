import type { Results } from "../../results";
import type { ReportSheet } from "../model";
import { buildNote } from "../note/buildNote";

export const NOTE_SHEET = "Справка";

/** «Справка»: the analytical note, one paragraph per row, ready to paste into a protocol. */
export function noteSheet(results: Results): ReportSheet {
  const note = buildNote(results);
  return {
    name: NOTE_SHEET,
    blocks: [
      { kind: "text", row: 0, col: 0, lines: [note.title], style: "title" },
      { kind: "text", row: 1, col: 0, lines: [note.subtitle], style: "subtitle" },
      { kind: "text", row: 3, col: 0, lines: note.paragraphs, style: "wrap", span: 1 },
    ],
    columnWidths: [92],
    freezeRows: 0,
    conditionalFormats: [],
    charts: [],
    print: { orientation: "portrait", fitToWidth: true },
  };
}
