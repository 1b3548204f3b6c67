import { analyze, type WorkbookInput } from "../../../src/engine";
import { loadWorkbook } from "../../helpers/loadDemo";

let demo: WorkbookInput;
beforeAll(async () => {
  demo = await loadWorkbook();
});

const withoutParams = (): WorkbookInput => ({
  sheets: demo.sheets.filter((s) => s.name !== "Параметры"),
});

function dateWarnings(workbook: WorkbookInput, options: { asOf?: string; year?: number } = {}) {
  const outcome = analyze(workbook, { today: "2026-12-07", ...options });
  if (outcome.kind !== "ok") throw new Error(outcome.message);
  return outcome.results.problems.filter((p) => p.code === "asOfIsToday");
}

describe("КПК counted on today's date because no date was given", () => {
  it("is said when today is years after the reporting year: the demo of 2022 read in 2026", () => {
    expect(dateWarnings(withoutParams())).toEqual([
      {
        severity: "warning",
        sheet: "Параметры",
        cell: null,
        code: "asOfIsToday",
        message:
          "Дата, на которую считается КПК, не задана: взята сегодняшняя, 07.12.2026, позже отчётного 2022 года, и курсы, действовавшие в 2022 году, могут оказаться просроченными. Задайте дату отчёта: параметр asOf на листе «Параметры» (например, 31.03.2022) или --as-of",
      },
    ]);
  });

  it("is not said when the date is given on the command line or on Параметры", () => {
    expect(dateWarnings(withoutParams(), { asOf: "2022-03-31" })).toEqual([]);
    expect(dateWarnings(demo)).toEqual([]); // the demo's Параметры set asOf
  });

  it("is not said within the reporting year itself", () => {
    expect(dateWarnings(withoutParams(), { year: 2026 })).toEqual([]);
  });
});
