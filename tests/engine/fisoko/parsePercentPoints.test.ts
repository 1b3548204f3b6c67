import type { CellValue } from "../../../src/engine";
import { parsePercentPoints } from "../../../src/engine/read/fisoko/parsePercentPoints";

describe("parsePercentPoints reads an export's percentages in percent points", () => {
  it.each<[string, CellValue, number]>([
    ["a number", 12.5, 12.5],
    ["text with a comma", "12,5", 12.5],
    ["text with a percent sign", "12,5 %", 12.5],
    ["a %-formatted cell", { percent: 0.125 }, 12.5],
    ["zero", 0, 0],
    ["a hundred", "100", 100],
  ])("%s", (_, value, points) => {
    const parsed = parsePercentPoints(value);
    expect(parsed.kind).toBe("ok");
    if (parsed.kind === "ok") expect(parsed.value).toBeCloseTo(points, 12);
  });

  it.each<[string, CellValue, string]>([
    ["an empty cell", null, "missing"],
    ["a dash", "—", "missing"],
    ["an Excel error", { error: "#N/A" }, "excelError"],
    ["words", "много", "invalid"],
    ["more than 100", 100.5, "invalid"],
    ["a negative number", -1, "invalid"],
  ])("%s", (_, value, kind) => {
    expect(parsePercentPoints(value).kind).toBe(kind);
  });
});
