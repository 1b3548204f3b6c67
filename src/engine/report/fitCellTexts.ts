import { columnLetter } from "../read/columnLetter";
import { xmlSafeText } from "../text/xmlSafeText";
import { cellText } from "./cellText";
import type { Block, ReportSheet, ReportValue } from "./model";

/** A report cell whose text was longer than a cell holds and was cut. */
export interface CutCell {
  readonly sheet: string;
  /** The cell's A1 address on the report sheet. */
  readonly cell: string;
  /** Characters of the whole text. */
  readonly length: number;
  /** The first words of the text, by which the user finds it in the data. */
  readonly start: string;
}

// Enough of a school's name or a message to recognise it.
const START_LENGTH = 40;

/** Fits the texts of one sheet, noting the cut ones; the same objects where nothing changed. */
class SheetFitter {
  changed = false;

  constructor(
    private readonly sheet: string,
    private readonly cuts: CutCell[],
  ) {}

  /** The values of one row of cells starting at (row, col), 0-based. */
  row<T extends ReportValue>(values: readonly T[], row: number, col: number): readonly T[] {
    let fitted: T[] | null = null;
    values.forEach((value, c) => {
      if (typeof value !== "string") return;
      const text = this.text(value, row, col + c);
      if (text === value) return;
      fitted ??= [...values];
      fitted[c] = text as T;
    });
    return fitted ?? values;
  }

  block(block: Block): Block {
    if (block.kind === "text") {
      let lines: string[] | null = null;
      block.lines.forEach((line, i) => {
        const text = this.text(line, block.row + i, block.col);
        if (text === line) return;
        lines ??= [...block.lines];
        lines[i] = text;
      });
      return lines === null ? block : { ...block, lines };
    }
    const header = this.row(block.header, block.row, block.col);
    const rows = block.rows.map((values, i) => this.row(values, block.row + 1 + i, block.col));
    const totalRow = block.row + 1 + block.rows.length;
    const total = block.total && this.row(block.total, totalRow, block.col);
    const same =
      header === block.header && total === block.total && rows.every((r, i) => r === block.rows[i]);
    return same ? block : { ...block, header, rows, ...(total ? { total } : {}) };
  }

  private text(value: string, row: number, col: number): string {
    const text = cellText(value);
    if (text === value) return value;
    this.changed = true;
    const whole = xmlSafeText(value);
    if (text !== whole) {
      const start = whole.slice(0, START_LENGTH).replace(/\s+/g, " ").trim();
      this.cuts.push({
        sheet: this.sheet,
        cell: `${columnLetter(col)}${row + 1}`,
        length: whole.length,
        start,
      });
    }
    return text;
  }
}

/**
 * The report sheets with every text made fit for a cell ({@link cellText}): the characters XML
 * forbids dropped, and text longer than a cell holds cut with «…», which renderers would
 * otherwise write whole (the CLI) or have refused (Office.js).
 *
 * @param sheets The sheets as the builders made them.
 * @returns The sheets, each the same object when nothing in it changed, and the cut cells.
 */
export function fitCellTexts(sheets: readonly ReportSheet[]): {
  sheets: ReportSheet[];
  cuts: CutCell[];
} {
  const cuts: CutCell[] = [];
  const fitted = sheets.map((sheet) => {
    const fitter = new SheetFitter(sheet.name, cuts);
    const blocks = sheet.blocks.map((block) => fitter.block(block));
    return fitter.changed ? { ...sheet, blocks } : sheet;
  });
  return { sheets: fitted, cuts };
}
