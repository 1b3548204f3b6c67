import { decodeEscapes, decodeXml, elementsOf, UnsupportedWorkbook } from "./xmlText";

/** A worksheet of the workbook, in the workbook's order, and the zip part holding it. */
export interface SheetPart {
  readonly name: string;
  readonly path: string;
}

/** A shared string as ExcelJS gives it: text, or runs of rich text. */
export type SharedString = string | { readonly richText: readonly { readonly text: string }[] };

/** A part a relationship of xl/workbook.xml names: the last word of its type, its zip path. */
export interface Relation {
  readonly type: string;
  readonly path: string;
}

/** The parts a workbook's relationships name, by relationship id. */
export function workbookRelations(relsXml: string): Map<string, Relation> {
  const byId = new Map<string, Relation>();
  for (const { attributes } of elementsOf(relsXml, "Relationship")) {
    const id = attributes.get("Id");
    const target = attributes.get("Target");
    const type = attributes.get("Type")?.split("/").pop();
    if (id === undefined || target === undefined || type === undefined) continue;
    byId.set(id, { type, path: partPath(target) });
  }
  return byId;
}

/** The zip path of a relationship target of xl/workbook.xml. */
function partPath(target: string): string {
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** The worksheets in order. Chart sheets, 1904 dates and the like are left to ExcelJS. */
export function sheetParts(
  workbookXml: string,
  relations: ReadonlyMap<string, Relation>,
): SheetPart[] {
  for (const { attributes } of elementsOf(workbookXml, "workbookPr")) {
    const date1904 = attributes.get("date1904");
    if (date1904 !== undefined && date1904 !== "0" && date1904 !== "false")
      throw new UnsupportedWorkbook("date1904");
  }
  const sheets: SheetPart[] = [];
  for (const { attributes } of elementsOf(workbookXml, "sheet")) {
    const name = attributes.get("name");
    const relation = relations.get(attributes.get("r:id") ?? "");
    if (name === undefined || relation === undefined || relation.type !== "worksheet")
      throw new UnsupportedWorkbook("sheet");
    sheets.push({ name, path: relation.path });
  }
  return sheets;
}

/** The shared strings of xl/sharedStrings.xml, as ExcelJS reads them. */
export function sharedStrings(xml: string): SharedString[] {
  if (xml.includes("<![CDATA[")) throw new UnsupportedWorkbook("CDATA");
  const strings: SharedString[] = [];
  for (const { inner } of elementsOf(xml, "si")) {
    // Phonetic guides are not part of the text.
    const own = inner.replace(/<rPh[\s>][\s\S]*?<\/rPh>|<phoneticPr[^>]*\/>/g, "");
    if (/<r[\s>]/.test(own)) {
      const runs = [...elementsOf(own, "r")].map(({ inner: run }) => ({ text: textOf(run) }));
      strings.push({ richText: runs });
    } else if (/<t[\s>/]/.test(own)) {
      strings.push(textOf(own));
    } else {
      throw new UnsupportedWorkbook("shared string");
    }
  }
  return strings;
}

/** The text of the `<t>` elements of a string item or run. */
function textOf(xml: string): string {
  let text = "";
  for (const { inner } of elementsOf(xml, "t")) text += decodeEscapes(decodeXml(inner));
  return text;
}

// Excel's built-in formats that ExcelJS knows (its defaultnumformats), by id.
const BUILT_IN_FORMATS: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** A cell style's number format (undefined for General) and whether ExcelJS reads it as a date. */
export interface CellStyle {
  readonly format: string | undefined;
  readonly isDate: boolean;
}

/** Every cell style (index of `s`), its format judged once rather than at every cell. */
export function cellStyles(stylesXml: string): CellStyle[] {
  const custom = new Map<number, string>();
  for (const { attributes } of elementsOf(stylesXml, "numFmt")) {
    const id = Number(attributes.get("numFmtId"));
    const code = attributes.get("formatCode");
    if (code !== undefined) custom.set(id, code.replace(/[\\](.)/g, "$1"));
  }
  const cellXfs = /<cellXfs[\s>][\s\S]*?<\/cellXfs>/.exec(stylesXml)?.[0] ?? "";
  return [...elementsOf(cellXfs, "xf")].map(({ attributes }) => {
    const id = parseInt(attributes.get("numFmtId") ?? "0", 10);
    const format = id ? (custom.get(id) ?? BUILT_IN_FORMATS[id]) : undefined;
    return { format, isDate: isDateFormat(format) };
  });
}

/** ExcelJS's test of a date format: a date or time letter outside quotes and brackets. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}
