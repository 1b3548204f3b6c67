import { xmlSafeText } from "../../engine";

/** A workbook this reader leaves to ExcelJS: the reason goes nowhere, ExcelJS reads the file. */
export class UnsupportedWorkbook extends Error {}

// Every ampersand: a well-formed reference has a name and a semicolon.
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+)?(;)?/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * The text of XML character data, its line ends as XML reads them (CR LF and CR are LF) and its
 * references decoded (`&#13;` stays a CR).
 */
export function decodeXml(raw: string): string {
  const text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  if (!text.includes("&")) return text;
  return text.replace(REFERENCE, (_, name: string | undefined, semicolon: string | undefined) => {
    // What XML does not define: ExcelJS's parser refuses the file and says so.
    if (name === undefined || semicolon === undefined) throw new UnsupportedWorkbook("reference");
    if (name[0] !== "#") {
      const named = NAMED[name];
      if (named === undefined) throw new UnsupportedWorkbook("entity");
      return named;
    }
    const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (code > 0x10ffff) throw new UnsupportedWorkbook("reference");
    return String.fromCodePoint(code);
  });
}

/** ExcelJS decodes the five named references of a `str` cell once more (its utils.xmlDecode). */
export function decodeNamedAgain(text: string): string {
  return text.replace(/&([a-z]*);/g, (whole, name: string) => NAMED[name] ?? whole);
}

/** `_x000D_` and the like in shared strings stand for one character each (ExcelJS reads them so). */
export function decodeEscapes(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/**
 * Cell text as SpreadsheetML stores it: an underscore that would start an escape such as
 * `_x0001_` is itself written `_x005F_` (ECMA-376 ST_Xstring), so the user's literal text
 * survives instead of turning into a control character. The inverse of {@link decodeEscapes}.
 */
export function encodeEscapes(text: string): string {
  return text.includes("_x") ? text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_") : text;
}

/**
 * Text as XML character data or an attribute value, for every part the CLI writes itself:
 * the characters XML forbids dropped ({@link xmlSafeText}), the markup characters escaped.
 */
export function escapeXml(text: string): string {
  return xmlSafeText(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag's text after its name, decoded. */
export function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE))
    // XML reads a line break or tab in an attribute as a space.
    attributes.set(match[1], decodeXml((match[2] ?? match[3]).replace(/\r\n?|[\t\n]/g, " ")));
  return attributes;
}

/** Every element `<name …>…</name>` or `<name …/>` of a part: its attributes and inner XML. */
export function* elementsOf(
  xml: string,
  name: string,
): Generator<{ attributes: Map<string, string>; inner: string }> {
  const pattern = new RegExp(`<${name}(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</${name}>)`, "g");
  for (const match of xml.matchAll(pattern))
    yield { attributes: attributesOf(match[1] ?? ""), inner: match[2] ?? "" };
}
