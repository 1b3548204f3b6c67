import { writeZip, type ZipPart } from "../../src/cli/xlsx/writeZip";
import { columnLetter } from "../../src/engine";

/** A cell of a sheet written by {@link xlsxBytes}: text as an inline string, or a number. */
export type XlsxCell = string | number | null;

/** A sheet for {@link xlsxBytes}: its rows, or its `<sheetData>` given as XML as it is. */
export interface XlsxSheet {
  readonly name: string;
  readonly rows?: readonly (readonly XlsxCell[])[];
  readonly sheetDataXml?: string;
  /** XML after `<sheetData>`: merged cells, hyperlinks. */
  readonly tailXml?: string;
}

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Styles whose cell style 1 is a date (Excel's built-in format 14, 31.03.2022). */
export const DATE_STYLES =
  `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`;

function cellXml(value: XlsxCell, address: string): string {
  if (value === null) return "";
  if (typeof value === "number") return `<c r="${address}"><v>${value}</v></c>`;
  return `<c r="${address}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`;
}

/** The `<sheetData>` of rows, the first being row 1. */
export function sheetDataXml(rows: readonly (readonly XlsxCell[])[]): string {
  const xml: string[] = ["<sheetData>"];
  rows.forEach((row, r) => {
    xml.push(`<row r="${r + 1}">`);
    row.forEach((value, c) => xml.push(cellXml(value, `${columnLetter(c)}${r + 1}`)));
    xml.push("</row>");
  });
  xml.push("</sheetData>");
  return xml.join("");
}

// Excel writes the range a sheet's cells take before them; the memory estimate reads it.
function dimensionXml(rows: readonly (readonly XlsxCell[])[] | undefined): string {
  if (rows === undefined || rows.length === 0) return "";
  const width = Math.max(1, ...rows.slice(0, 100).map((row) => row.length));
  return `<dimension ref="A1:${columnLetter(width - 1)}${rows.length}"/>`;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

/**
 * The bytes of a minimal .xlsx package holding the sheets, as Excel lays one out (no shared
 * strings): enough for both of the CLI's readers, and quick to make with many rows.
 *
 * @param extraParts More parts by name; `xl/styles.xml` is made the workbook's styles.
 */
export function xlsxBytes(
  sheets: readonly XlsxSheet[],
  extraParts: Readonly<Record<string, string>> = {},
): Buffer {
  const parts: ZipPart[] = [];
  const add = (name: string, text: string) => parts.push({ name, data: Buffer.from(text) });
  add(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join("") +
      `</Types>`,
  );
  add(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELS}">` +
      `<Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  add(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets>` +
      sheets
        .map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("") +
      `</sheets></workbook>`,
  );
  add(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELS}">` +
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join("") +
      ("xl/styles.xml" in extraParts
        ? `<Relationship Id="rIdStyles" Type="${RELS}/styles" Target="styles.xml"/>`
        : "") +
      `</Relationships>`,
  );
  sheets.forEach((s, i) =>
    add(
      `xl/worksheets/sheet${i + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}">` +
        dimensionXml(s.rows) +
        (s.sheetDataXml ?? sheetDataXml(s.rows ?? [])) +
        (s.tailXml ?? "") +
        `</worksheet>`,
    ),
  );
  for (const [name, text] of Object.entries(extraParts)) add(name, text);
  return writeZip(parts);
}

/**
 * The same package with the unpacked size of one part written smaller in its central directory
 * entry and local header, as a zip bomb understates it.
 */
export function understateSize(zip: Buffer, part: string, size: number): Buffer {
  const bytes = Buffer.from(zip);
  const name = Buffer.from(part, "utf8");
  for (let at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
    if (bytes.readUInt32LE(at - 46) === 0x02014b50) bytes.writeUInt32LE(size, at - 46 + 24);
    else if (bytes.readUInt32LE(at - 30) === 0x04034b50) bytes.writeUInt32LE(size, at - 30 + 22);
  }
  return bytes;
}

/** The same package with the packed size of one part written as `packedSize` in its entry. */
export function statePackedSize(zip: Buffer, part: string, packedSize: number): Buffer {
  const bytes = Buffer.from(zip);
  const name = Buffer.from(part, "utf8");
  for (let at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1))
    if (bytes.readUInt32LE(at - 46) === 0x02014b50) bytes.writeUInt32LE(packedSize, at - 46 + 20);
  return bytes;
}
