import { escapeXml } from "./xlsx/xmlText";

/**
 * The order of the children of paragraph and run properties, as WordprocessingML gives it
 * (ECMA-376 Part 1: CT_PPrBase then CT_PPr; EG_RPrBase). Word is strict about this order and
 * ignores run properties out of it, so properties are written from this table, never by hand.
 */
const PROPERTY_ORDER = {
  "w:pPr": [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
  ],
  "w:rPr": [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
  ],
} as const;

/** Paragraph (`w:pPr`) or run (`w:rPr`) properties. */
export type PropertiesElement = keyof typeof PROPERTY_ORDER;

/** Properties by their names without the prefix, each with its `w:` attributes (`{}` for none). */
export type WordProperties<E extends PropertiesElement> = Partial<
  Record<(typeof PROPERTY_ORDER)[E][number], Readonly<Record<string, string | number>>>
>;

/**
 * The properties element with its children in the schema's order, whatever order they are
 * given in: `wordProperties("w:rPr", { sz: { "w:val": 28 }, b: {} })` puts `w:b` first.
 *
 * @param element `w:pPr` or `w:rPr`.
 * @param properties Each child's attributes, named with their `w:` prefix.
 */
export function wordProperties<E extends PropertiesElement>(
  element: E,
  properties: WordProperties<E>,
): string {
  const order: readonly (keyof WordProperties<E>)[] = PROPERTY_ORDER[element];
  const children = order.map((name) => {
    const attributes = properties[name];
    if (attributes === undefined) return "";
    const text = Object.entries(attributes)
      .map(([attribute, value]) => ` ${attribute}="${escapeXml(String(value))}"`)
      .join("");
    return `<w:${String(name)}${text}/>`;
  });
  return `<${element}>${children.join("")}</${element}>`;
}
