import { writeZip } from "../../src/cli/xlsx/writeZip";
import type { CellValue } from "../../src/engine";

/** A sheet to write: its rows, the first being row 1; a missing row is an empty one. */
export interface OdsSheet {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[] | undefined)[];
}

// LibreOffice Calc's sheet: its empty rows and columns are written as repeats up to its end.
const CALC_ROWS = 1_048_576;
const CALC_COLUMNS = 1_024;
const MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

/**
 * An .ods file of the sheets as LibreOffice Calc writes one: runs of equal cells and of equal
 * rows as repeats, each cell with its value type, and (unless told) the empty rows and cells
 * repeated up to the end of Calc's sheet.
 *
 * @param content The whole `content.xml` instead of the sheets', for XML made by hand.
 * @param manifest More of the manifest, e.g. the `encryption-data` of a file with a password.
 */
export function odsFile(
  sheets: readonly OdsSheet[],
  {
    fillToEnd = true,
    content,
    manifest = "",
  }: { fillToEnd?: boolean; content?: string; manifest?: string } = {},
): Buffer {
  const manifestXml =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">` +
    `<manifest:file-entry manifest:full-path="/" manifest:media-type="${MIMETYPE}"/>` +
    `<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">${manifest}</manifest:file-entry>` +
    `</manifest:manifest>`;
  return writeZip([
    { name: "mimetype", data: Buffer.from(MIMETYPE) },
    { name: "META-INF/manifest.xml", data: Buffer.from(manifestXml) },
    { name: "content.xml", data: Buffer.from(content ?? contentXml(sheets, fillToEnd)) },
  ]);
}

/** A `content.xml` around the XML of some tables, with the namespaces LibreOffice declares. */
export function odsContent(tables: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ` +
    `xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ` +
    `xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ` +
    `xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" ` +
    `office:version="1.3"><office:automatic-styles><style:style style:name="ce1"/>` +
    `</office:automatic-styles><office:body><office:spreadsheet>${tables}` +
    `</office:spreadsheet></office:body></office:document-content>`
  );
}

function contentXml(sheets: readonly OdsSheet[], fillToEnd: boolean): string {
  return odsContent(sheets.map((sheet) => tableXml(sheet, fillToEnd)).join(""));
}

function tableXml(sheet: OdsSheet, fillToEnd: boolean): string {
  const rows = Array.from(sheet.rows, (row = []) => {
    const cells = runs(row.map(cellXml)).map(({ item, count }) =>
      item.replace(/^<table:table-cell/, `<table:table-cell${repeat("columns", count)}`),
    );
    const rest = CALC_COLUMNS - row.length;
    if (fillToEnd && rest > 0)
      cells.push(`<table:table-cell table:number-columns-repeated="${rest}"/>`);
    return cells.length === 0 ? "<table:table-cell/>" : cells.join("");
  });
  const body = runs(rows).map(
    ({ item, count }) => `<table:table-row${repeat("rows", count)}>${item}</table:table-row>`,
  );
  const rest = CALC_ROWS - sheet.rows.length;
  if (fillToEnd && rest > 0)
    body.push(
      `<table:table-row table:number-rows-repeated="${rest}">` +
        `<table:table-cell table:number-columns-repeated="${CALC_COLUMNS}"/></table:table-row>`,
    );
  const name = escape(sheet.name);
  return `<table:table table:name="${name}"><table:table-column/>${body.join("")}</table:table>`;
}

/** Runs of equal items, each item once with the length of its run. */
function runs(items: readonly string[]): { item: string; count: number }[] {
  const out: { item: string; count: number }[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last?.item === item) last.count++;
    else out.push({ item, count: 1 });
  }
  return out;
}

function repeat(what: "rows" | "columns", count: number): string {
  return count > 1 ? ` table:number-${what}-repeated="${count}"` : "";
}

/** One cell as LibreOffice writes its value type, value and shown text. */
function cellXml(value: CellValue): string {
  const cell = (attributes: string, text: string) =>
    `<table:table-cell ${attributes}>${paragraphs(text)}</table:table-cell>`;
  if (value === null || value === undefined) return "<table:table-cell/>";
  if (typeof value === "number")
    return cell(`office:value-type="float" office:value="${value}"`, String(value));
  if (typeof value === "boolean")
    return cell(`office:value-type="boolean" office:boolean-value="${value}"`, String(value));
  if (typeof value === "string") return cell(`office:value-type="string"`, value);
  if (value instanceof Date) {
    const iso = value.toISOString();
    const date = iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 23);
    return cell(`office:value-type="date" office:date-value="${date}"`, date);
  }
  if ("percent" in value)
    return cell(
      `office:value-type="percentage" office:value="${value.percent}"`,
      `${value.percent * 100}%`,
    );
  return cell(`office:value-type="float" office:value="0" calcext:value-type="error"`, value.error);
}

/** Text as paragraphs, one a line, with runs of spaces as `<text:s/>`, as Calc writes it. */
function paragraphs(text: string): string {
  return text
    .split("\n")
    .map(
      (line) =>
        `<text:p>${escape(line).replace(/ {2,}/g, (run) => ` <text:s text:c="${run.length - 1}"/>`)}</text:p>`,
    )
    .join("");
}

function escape(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
