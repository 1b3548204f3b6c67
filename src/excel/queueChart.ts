import { PALETTE, type ChartSpec } from "../engine";
import { a1Address, parseA1, splitReference } from "./a1Address";
import { cssColor } from "./cssColor";

const CHART_TYPES: Record<ChartSpec["type"], "BarClustered" | "ColumnClustered" | "Pie"> = {
  bar: "BarClustered",
  column: "ColumnClustered",
  pie: "Pie",
};

/**
 * Queues one native chart as the CLI draws it: the model's values and categories, title,
 * series name, value labels, colours, and its anchor in cells.
 *
 * @param ws The sheet that holds the chart.
 * @param spec The chart of the report model.
 * @param sheetOf The worksheet a model sheet name refers to (report sheets may have been renamed
 *   with a suffix, so the model's sheet-qualified ranges are resolved through it).
 */
export function queueChart(
  ws: Excel.Worksheet,
  spec: ChartSpec,
  sheetOf: (modelName: string | null) => Excel.Worksheet,
): void {
  const rangeOf = (reference: string) => {
    const { sheet, address } = splitReference(reference);
    return sheetOf(sheet).getRange(address);
  };
  const values = rangeOf(spec.values);
  const categories = rangeOf(spec.categories);
  const chart = ws.charts.add(CHART_TYPES[spec.type], values, "Columns");
  chart.title.text = spec.title;
  const { row, col, width, height } = spec.anchor;
  chart.setPosition(a1Address(row, col), a1Address(row + height - 1, col + width - 1));
  const series = chart.series.getItemAt(0);
  series.name = spec.seriesName;
  series.setValues(values);
  series.setXAxisValues(categories);
  series.hasDataLabels = true;
  series.dataLabels.showValue = true;
  series.dataLabels.numberFormat = spec.percent ? "0.0%" : "General";
  const colors = spec.colors ?? PALETTE.series;
  if (spec.type === "pie") {
    const points = parseA1(splitReference(spec.categories).address)?.rows ?? 0;
    for (let i = 0; i < points; i++) {
      series.points.getItemAt(i).format.fill.setSolidColor(cssColor(colors[i % colors.length]));
    }
    chart.legend.visible = true;
    chart.legend.position = "Right";
    return;
  }
  series.format.fill.setSolidColor(cssColor(colors[0]));
  series.gapWidth = 60;
  chart.legend.visible = false;
  // The first school on top, as in the table (the CLI's category axis runs max to min).
  chart.axes.categoryAxis.reversePlotOrder = true;
  const valueAxis = chart.axes.valueAxis;
  valueAxis.minimum = 0;
  if (spec.percent) {
    valueAxis.maximum = 1;
    valueAxis.numberFormat = "0%";
  }
}
