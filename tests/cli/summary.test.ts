import { summary } from "../../src/cli/summary";
import { analyze, describeExport, type WorkbookInput } from "../../src/engine";
import { exportSheets, useFisokoFixtures } from "../helpers/fisoko";
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
    expect(printed[kpk + 1]).toMatch(/^ {2}Дата расчёта КПК не задана: .*07\.12\.2026/);
    expect(printed[kpk + 2]).toBe(
      "  В командной строке дату отчёта задаёт --as-of, например --as-of 31.03.2022",
    );
  });

  it("says under the КПК figure that a given date lies outside the reporting school year", () => {
    const printed = lines("2026-03-31");
    const kpk = printed.findIndex((line) => line.startsWith("КПК: прошли"));
    expect(printed[kpk + 1]).toMatch(/^ {2}Дата расчёта КПК 31\.03\.2026 лежит вне 2021-22/);
    expect(printed[kpk + 2]).toMatch(/^Проблемы данных/);
  });

  it("says nothing of the date when it is given", () => {
    const printed = lines("2022-03-31");
    expect(printed.some((line) => line.includes("не задана"))).toBe(false);
    expect(printed[1]).toContain("по состоянию на 31.03.2022");
  });
});

describe("the CLI's summary of ФИС ОКО exports", () => {
  const fixtures = useFisokoFixtures();

  it("tells how many export sheets were read and how many school rows they gave", async () => {
    const demo = await loadWorkbook();
    const extraSheets = await exportSheets(fixtures().exports);
    const outcome = analyze(demo, { today: "2022-03-31", asOf: "2022-03-31", extraSheets });
    if (outcome.kind !== "ok") throw new Error(outcome.message);
    const rows = outcome.results.fisokoSheets.reduce((n, s) => n + s.schools, 0);
    expect(rows).toBeGreaterThan(0);
    const printed = summary(outcome.results, { input: "район.xlsx", out: "отчёт.xlsx" });
    const lines = printed.split("\n");
    const at = lines.indexOf(`Выгрузки ФИС ОКО: прочитано 5 листов, строк школ из «ОО»: ${rows}`);
    expect(at).toBeGreaterThan(0);
    // Each export sheet on its own line, with what it gave.
    expect(lines.slice(at + 1, at + 6)).toEqual(
      outcome.results.fisokoSheets.map((s) => `  «${s.sheet}» — ${describeExport(s)}`),
    );
    expect(lines[at + 1]).toMatch(
      /^ {2}«.+ › .+» — (Статистика по отметкам|Сравнение отметок с отметками по журналу), [а-я ]+, \d+ класс, 20\d\d: \d+ школ[аы]? района$/,
    );
  });

  it("names each file given as exports that was not read, with why", () => {
    const extraSheets = [{ name: "анкета.xlsx › Лист1", rows: [["Анкета ОО"], ["Вопрос"]] }];
    const outcome = analyze(withoutParams, { today: "2022-03-31", extraSheets });
    if (outcome.kind !== "ok") throw new Error(outcome.message);
    const lines = summary(outcome.results, { input: "a", out: "b" }).split("\n");
    const at = lines.indexOf("Выгрузки ФИС ОКО: прочитано 0 листов, строк школ из «ОО»: 0");
    expect(lines[at + 1]).toBe(
      "  Файл «анкета.xlsx» не прочитан: ни один его лист не распознан как «Статистика по отметкам», «Сравнение отметок с отметками по журналу» или региональный список ОО с признаками необъективности",
    );
  });

  it("says nothing of exports when none was read", () => {
    const outcome = analyze(withoutParams, { today: "2022-03-31" });
    if (outcome.kind !== "ok") throw new Error(outcome.message);
    expect(summary(outcome.results, { input: "a", out: "b" })).not.toContain("ФИС ОКО");
  });
});

describe("the CLI's summary of ШНСУ", () => {
  it("says «нет данных» when ИСБШ cannot be computed, never «ШНСУ: 0»", () => {
    const outcome = analyze(withoutParams, { today: "2022-03-31", asOf: "2022-03-31" });
    if (outcome.kind !== "ok") throw new Error(outcome.message);
    expect(outcome.results.isbshSource).toBeNull();
    const printed = summary(outcome.results, { input: "a", out: "b" });
    expect(printed).toContain("; ШНСУ: нет данных (нет показателей ИСБШ)\n");
    expect(printed).not.toContain("ШНСУ: 0");
  });
});
