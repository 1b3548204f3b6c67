import { analyze, type WorkbookInput } from "../../../src/engine";
import { loadWorkbook } from "../../helpers/loadDemo";

let demo: WorkbookInput;
beforeAll(async () => {
  demo = await loadWorkbook();
});

const withoutParams = (): WorkbookInput => ({
  sheets: demo.sheets.filter((s) => s.name !== "Параметры"),
});

const AS_OF_CODES = ["asOfIsToday", "asOfFromClock", "asOfOutsideYear"];

function dateWarnings(
  workbook: WorkbookInput,
  options: { asOf?: string; year?: number; today?: string } = {},
) {
  const outcome = analyze(workbook, { today: "2026-12-07", ...options });
  if (outcome.kind !== "ok") throw new Error(outcome.message);
  return outcome.results.problems
    .filter((p) => AS_OF_CODES.includes(p.code))
    .map(({ severity, sheet, cell, code, message }) => ({ severity, sheet, cell, code, message }));
}

const fromClockLate = (today: string) => ({
  severity: "warning",
  sheet: "Параметры",
  cell: null,
  code: "asOfIsToday",
  message: `Дата расчёта КПК не задана: взята сегодняшняя, ${today}, позже отчётного 2022 года, и курсы, действовавшие в 2022 году, могут оказаться просроченными. Задайте дату отчёта строкой «Дата расчёта КПК» на листе «Параметры» (например, 31.03.2022)`,
});

const fromClock = (today: string) => ({
  severity: "warning",
  sheet: "Параметры",
  cell: null,
  code: "asOfFromClock",
  message: `Дата расчёта КПК не задана: взята сегодняшняя, ${today}. Чтобы считать КПК на дату отчёта, задайте её строкой «Дата расчёта КПК» на листе «Параметры» (например, 31.03.2022)`,
});

const outsideYear = (date: string) => ({
  severity: "warning",
  sheet: "Параметры",
  cell: null,
  code: "asOfOutsideYear",
  message: `Дата расчёта КПК ${date} лежит вне 2021-22 учебного года и следующего за ним: курсы отчётного года могут оказаться просроченными или ещё не пройденными. Проверьте дату отчёта`,
});

// DECISIONS B-02 on the demo (reporting year 2022, school year 2021-22): the window is
// 01.09.2021 … 31.08.2023.
describe.each([
  {
    when: "no date anywhere, today years after the reporting year",
    params: false,
    options: {},
    expected: [fromClockLate("07.12.2026")],
  },
  {
    when: "no date anywhere, today inside the reporting school year",
    params: false,
    options: { today: "2022-05-20" },
    expected: [fromClock("20.05.2022")],
  },
  {
    when: "no date anywhere, today on the window's last day",
    params: false,
    options: { today: "2023-08-31" },
    expected: [fromClock("31.08.2023")],
  },
  {
    when: "no date anywhere, today the day after the window",
    params: false,
    options: { today: "2023-09-01" },
    expected: [fromClockLate("01.09.2023")],
  },
  {
    when: "a date on the command line inside the window",
    params: false,
    options: { asOf: "2022-03-31" },
    expected: [],
  },
  {
    when: "the date on Параметры (the demo's 31.03.2022)",
    params: true,
    options: {},
    expected: [],
  },
  {
    when: "a date given on the window's first day",
    params: false,
    options: { asOf: "2021-09-01" },
    expected: [],
  },
  {
    when: "a date given on the day before the window",
    params: false,
    options: { asOf: "2021-08-31" },
    expected: [outsideYear("31.08.2021")],
  },
  {
    when: "a date given years later",
    params: true,
    options: { asOf: "2026-03-31" },
    expected: [outsideYear("31.03.2026")],
  },
])("the КПК date: $when", ({ params, options, expected }) => {
  it("is warned about exactly as DECISIONS B-02 says", () => {
    expect(dateWarnings(params ? demo : withoutParams(), options)).toEqual(expected);
  });
});

describe("the КПК date on Параметры", () => {
  it.each(["31.03.2022", "2022-03-31", "31.03.22"])(
    "is read when written %s, and КПК is counted on it",
    (text) => {
      const sheets = demo.sheets.map((sheet) => {
        if (sheet.name !== "Параметры") return sheet;
        const rows = Array.from(sheet.rows, (row) =>
          row && typeof row[0] === "string" && row[0].toLowerCase() === "asof"
            ? [row[0], text, ...row.slice(2)]
            : row,
        );
        return { ...sheet, rows };
      });
      const outcome = analyze({ sheets }, { today: "2026-12-07" });
      if (outcome.kind !== "ok") throw new Error(outcome.message);
      expect(outcome.results.asOf).toBe("2022-03-31");
      expect(dateWarnings({ sheets })).toEqual([]);
    },
  );
});

describe("Параметры naming a setting by its Russian name, as «Сводка» lists it", () => {
  it.each([
    ["Дата расчёта КПК", "31.03.2022"],
    ["дата  расчета кпк", "2022-03-31"],
    ["asOf", "31.03.2022"],
  ])("«%s» sets the КПК date", (name, text) => {
    const sheets = demo.sheets.map((sheet) => {
      if (sheet.name !== "Параметры") return sheet;
      const rows = Array.from(sheet.rows, (row) =>
        row && typeof row[0] === "string" && row[0].toLowerCase() === "asof"
          ? [name, text, ...row.slice(2)]
          : row,
      );
      return { ...sheet, rows };
    });
    const outcome = analyze({ sheets }, { today: "2026-12-07" });
    if (outcome.kind !== "ok") throw new Error(outcome.message);
    expect(outcome.results.asOf).toBe("2022-03-31");
    expect(outcome.results.problems.filter((p) => p.code === "unknownSetting")).toEqual([]);
  });

  it("«Доля школ с самыми низкими результатами (I1)» sets lowShare", () => {
    const sheets = demo.sheets.map((sheet) =>
      sheet.name !== "Параметры"
        ? sheet
        : {
            ...sheet,
            rows: [
              ...Array.from(sheet.rows),
              ["Доля школ с самыми низкими результатами (I1)", "25%"],
            ],
          },
    );
    const outcome = analyze({ sheets }, { today: "2026-12-07" });
    if (outcome.kind !== "ok") throw new Error(outcome.message);
    expect(outcome.results.settings.lowShare).toBe(0.25);
  });
});
