import type { CellValue, RiskLevel } from "../../../src/engine";
import { parseRiskLevel } from "../../../src/engine/risks/parseRiskLevel";

describe("parseRiskLevel reads a level as ФИОКО questionnaires give it (METHOD-NOTES 2)", () => {
  it.each<[CellValue, RiskLevel]>([
    ["высокий", "high"],
    ["Высокий", "high"],
    [" ВЫСОКИЙ ", "high"],
    ["средний", "medium"],
    ["Средний", "medium"],
    ["низкий", "low"],
    ["нет", "low"],
    ["Нет", "low"],
    ["риск не выявлен", "low"],
    ["Риск  не  выявлен", "low"],
    [3, "high"],
    [2, "medium"],
    [1, "low"],
    [0, "low"],
    ["3", "high"],
    ["2", "medium"],
    ["1", "low"],
    ["0", "low"],
    ["да", "high"],
    ["Да", "high"],
    ["+", "high"],
    [" + ", "high"],
  ])("reads %p as %p", (cell, level) => {
    expect(parseRiskLevel(cell)).toEqual({ kind: "ok", value: level });
  });

  it.each<CellValue>(["", null, "—", "н/д"])("takes %p as no level given", (cell) => {
    expect(parseRiskLevel(cell)).toEqual({ kind: "missing" });
  });

  it.each<CellValue>(["очень высокий", "4", 4, 2.5, "выше среднего"])("rejects %p", (cell) => {
    expect(parseRiskLevel(cell).kind).toBe("invalid");
  });

  it("keeps an Excel error apart", () => {
    expect(parseRiskLevel({ error: "#N/A" })).toEqual({ kind: "excelError", error: "#N/A" });
  });
});
