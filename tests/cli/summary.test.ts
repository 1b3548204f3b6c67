import { summary } from "../../src/cli/summary";
import { analyze, type WorkbookInput } from "../../src/engine";
import { loadWorkbook } from "../helpers/loadDemo";

let withoutParams: WorkbookInput;
beforeAll(async () => {
  const demo = await loadWorkbook();
  withoutParams = { sheets: demo.sheets.filter((s) => s.name !== "Параметры") };
});

function lines(asOf?: string): string[] {
  const outcome = analyze(withoutParams, { today: "2026-12-07", asOf });
  if (outcome.kind !== "ok") throw new Error(outcome.message);
  return summary(outcome.results, { input: "район.xlsx", out: "отчёт.xlsx" }).split("\n");
}

describe("the CLI's summary", () => {
  it("says under the КПК figure that it was counted on today's date, none being given", () => {
    const printed = lines();
    const kpk = printed.findIndex((line) => line.startsWith("КПК: прошли"));
    expect(printed[kpk]).toMatch(/^КПК: прошли \d+ из 760/);
    expect(printed[kpk + 1]).toMatch(
      /^ {2}Дата, на которую считается КПК, не задана: .*07\.12\.2026/,
    );
  });

  it("says nothing of the date when it is given", () => {
    const printed = lines("2022-03-31");
    expect(printed.some((line) => line.includes("не задана"))).toBe(false);
    expect(printed[1]).toContain("по состоянию на 31.03.2022");
  });
});
