import type { ChartSpec } from "../../engine";
import { escapeXml } from "../xlsx/xmlText";

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The cached values of a series, so viewers that do not recalculate still draw it. */
export interface SeriesCache {
  readonly categories: readonly string[];
  readonly values: readonly (number | null)[];
}

function title(text: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="ru-RU" sz="1200" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

function series(spec: ChartSpec, cache: SeriesCache, colors: readonly string[]): string {
  const points = cache.categories
    .map((c, i) => `<c:pt idx="${i}"><c:v>${escapeXml(c)}</c:v></c:pt>`)
    .join("");
  const values = cache.values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("");
  const pointColors =
    spec.type === "pie"
      ? cache.categories
          .map(
            (_, i) =>
              `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="${colors[i % colors.length]}"/></a:solidFill></c:spPr></c:dPt>`,
          )
          .join("")
      : "";
  const fill =
    spec.type === "pie"
      ? ""
      : `<c:spPr><a:solidFill><a:srgbClr val="${colors[0]}"/></a:solidFill></c:spPr>`;
  const format = spec.percent ? "0.0%" : "General";
  return (
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeXml(spec.seriesName)}</c:v></c:tx>${fill}${pointColors}` +
    `<c:dLbls><c:numFmt formatCode="${format}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat><c:strRef><c:f>${escapeXml(spec.categories)}</c:f><c:strCache><c:ptCount val="${cache.categories.length}"/>${points}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(spec.values)}</c:f><c:numCache><c:formatCode>${format}</c:formatCode><c:ptCount val="${cache.values.length}"/>${values}</c:numCache></c:numRef></c:val>` +
    `</c:ser>`
  );
}

function axes(percent: boolean): string {
  return (
    `<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="ru-RU"/></a:p></c:txPr>` +
    `<c:crossAx val="222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/>${percent ? '<c:max val="1"/>' : ""}<c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:majorGridlines/><c:numFmt formatCode="${percent ? "0%" : "General"}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="111"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/**
 * A native chart part (DrawingML `chartSpace`): a bar/column chart with axes or a pie, with
 * series that reference the report's cells, so Excel and LibreOffice draw real, editable
 * charts that follow the data.
 */
export function chartXml(spec: ChartSpec, cache: SeriesCache, colors: readonly string[]): string {
  let plot: string;
  if (spec.type === "pie") {
    plot = `<c:pieChart><c:varyColors val="1"/>${series(spec, cache, colors)}<c:firstSliceAng val="0"/></c:pieChart>`;
  } else {
    const direction = spec.type === "bar" ? "bar" : "col";
    plot =
      `<c:barChart><c:barDir val="${direction}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series(spec, cache, colors)}` +
      `<c:gapWidth val="60"/><c:axId val="111"/><c:axId val="222"/></c:barChart>${axes(Boolean(spec.percent))}`;
  }
  const legend =
    spec.type === "pie" ? `<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}><c:lang val="ru-RU"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title(spec.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>${legend}` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}
