import type { ConditionalFormat } from "../engine";
import { cssColor } from "./cssColor";

/**
 * Queues one conditional format of the report: a data bar from 0 to 1 (shares), or a fill for
 * cells containing a text (statuses, risk levels), as the CLI writes them.
 *
 * @param ws The report sheet; the format's range is an address on it.
 * @param format The conditional format of the report model.
 */
export function queueConditionalFormat(ws: Excel.Worksheet, format: ConditionalFormat): void {
  const range = ws.getRange(format.range);
  if (format.kind === "dataBar") {
    const bar = range.conditionalFormats.add("DataBar").dataBar;
    bar.lowerBoundRule = { type: "Number", formula: "0" };
    bar.upperBoundRule = { type: "Number", formula: "1" };
    bar.positiveFormat.fillColor = cssColor(format.color);
    return;
  }
  const text = range.conditionalFormats.add("ContainsText").textComparison;
  text.format.fill.color = cssColor(format.fill);
  if (format.font) text.format.font.color = cssColor(format.font);
  text.rule = { operator: "Contains", text: format.text };
}
