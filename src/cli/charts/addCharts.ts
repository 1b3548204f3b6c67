import JSZip from "jszip";
import type { ChartSpec } from "../../engine";
import { escapeXml } from "../xlsx/xmlText";
import { chartXml, type SeriesCache } from "./chartXml";
import { drawingXml } from "./drawingXml";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING_TYPE = `${REL_NS}/drawing`;
const CHART_TYPE = `${REL_NS}/chart`;
const DRAWING_CONTENT = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_CONTENT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** The charts of one sheet with the values their series show. */
export interface SheetCharts {
  readonly sheet: string;
  readonly charts: readonly {
    readonly spec: ChartSpec;
    readonly cache: SeriesCache;
    readonly colors: readonly string[];
  }[];
}

/** The worksheet part of each sheet name, from the workbook and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1];
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, ""));
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(m[0])?.[1];
    const id = /r:id="([^"]+)"/.exec(m[0])?.[1];
    if (name && id && targets.has(id)) parts.set(unescapeXml(name), `xl/${targets.get(id)}`);
  }
  return parts;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

async function addRelationship(
  zip: JSZip,
  part: string,
  type: string,
  target: string,
): Promise<string> {
  const path = relsPath(part);
  const existing =
    (await zip.file(path)?.async("string")) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const used = new Set([...existing.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  zip.file(
    path,
    existing.replace(
      "</Relationships>",
      `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/></Relationships>`,
    ),
  );
  return id;
}

// Worksheet-level elements that must follow <drawing> (ECMA-376 CT_Worksheet order).
const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
];

function insertDrawing(sheetXml: string, relId: string): string {
  const end = sheetXml.lastIndexOf("</worksheet>");
  // A worksheet-level <extLst> closes the document; the ones inside conditional formats do not.
  const topExt = sheetXml.slice(0, end).trimEnd().endsWith("</extLst>")
    ? sheetXml.lastIndexOf("<extLst")
    : end;
  const at = Math.min(
    topExt,
    ...AFTER_DRAWING.map((tag) => sheetXml.lastIndexOf(tag)).filter((i) => i >= 0),
  );
  return `${sheetXml.slice(0, at)}<drawing r:id="${relId}"/>${sheetXml.slice(at)}`;
}

/**
 * Adds native Excel charts (DrawingML chart and drawing parts) to the package of an .xlsx
 * written by ExcelJS, which has no chart API of its own.
 */
export async function addCharts(zip: JSZip, sheets: readonly SheetCharts[]): Promise<void> {
  const parts = await sheetParts(zip);
  let types = await zip.file("[Content_Types].xml")!.async("string");
  let drawingNo = 0;
  let chartNo = 0;
  for (const { sheet, charts } of sheets) {
    const part = parts.get(sheet);
    if (!part || charts.length === 0) continue;
    drawingNo++;
    const drawingPart = `xl/drawings/drawing${drawingNo}.xml`;
    const anchored: { spec: ChartSpec; relId: string }[] = [];
    for (const chart of charts) {
      chartNo++;
      const chartPart = `xl/charts/chart${chartNo}.xml`;
      zip.file(chartPart, chartXml(chart.spec, chart.cache, chart.colors));
      types = types.replace(
        "</Types>",
        `<Override PartName="/${chartPart}" ContentType="${CHART_CONTENT}"/></Types>`,
      );
      anchored.push({
        spec: chart.spec,
        relId: await addRelationship(zip, drawingPart, CHART_TYPE, `../charts/chart${chartNo}.xml`),
      });
    }
    zip.file(drawingPart, drawingXml(anchored));
    types = types.replace(
      "</Types>",
      `<Override PartName="/${drawingPart}" ContentType="${DRAWING_CONTENT}"/></Types>`,
    );
    const relId = await addRelationship(
      zip,
      part,
      DRAWING_TYPE,
      `../drawings/drawing${drawingNo}.xml`,
    );
    let sheetXml = await zip.file(part)!.async("string");
    if (!sheetXml.includes(`xmlns:r="${REL_NS}"`))
      sheetXml = sheetXml.replace("<worksheet ", `<worksheet xmlns:r="${REL_NS}" `);
    zip.file(part, insertDrawing(sheetXml, relId));
  }
  zip.file("[Content_Types].xml", types);
}
