import { summary } from "../../../src/cli/summary";
import {
  analyze,
  buildNote,
  buildReport,
  type Results,
  type SheetKind,
  type WorkbookInput,
} from "../../../src/engine";
import { loadWorkbook } from "../../helpers/loadDemo";
import { renameSheets } from "../../helpers/renameSheets";
import { sheet, type Row } from "../../helpers/workbook";

/** The demo's statuses and КПК, as the golden test has them. */
const DEMO_STATUS = { shnor: 4, risk: 5, normal: 12, insufficient: 1 };
const RESULTS_HEADER: Row = ["ОО", "Год", "Процедура", "Предмет"];
const OTHER_SHEETS = "Листы книги: «ОО», «Педагоги», «Параметры»";

let demo: WorkbookInput;
beforeAll(async () => {
  demo = await loadWorkbook();
});

/** Runs the engine with no date given: the demo's Параметры sets asOf 31.03.2022. */
function analyzed(workbook: WorkbookInput): Results {
  const outcome = analyze(workbook, { today: "2026-12-07" });
  if (outcome.kind !== "ok") throw new Error(outcome.message);
  return outcome.results;
}

const ofCodes = (results: Results, ...codes: string[]) =>
  results.problems.filter((p) => codes.includes(p.code));

describe("a sheet without its name is taken by its headers (DECISIONS B-01)", () => {
  it.each<[string, string, SheetKind, string]>([
    ["Результаты", "Результаты ГИА", "results", "столбцы «ОО», «Год», «Процедура», «Предмет»"],
    ["Результаты", "results_2022.csv", "results", "столбцы «ОО», «Год», «Процедура», «Предмет»"],
    ["ОО", "Лист1", "schools", "столбец «Наименование ОО»"],
    ["Педагоги", "Кадры", "teachers", "столбцы «ФИО», «ОО»"],
    ["Параметры", "Настройки", "params", "столбцы «Параметр», «Значение»"],
  ])(
    "reads «%s» renamed «%s» as the %s sheet, says so, and gives the demo's results",
    (from, to, kind, headers) => {
      const results = analyzed(renameSheets(demo, { [from]: to }));
      expect(results.inputSheets[kind]).toEqual({ sheet: to, by: "headers" });
      expect(ofCodes(results, "sheetByHeaders", "sheetCandidates", "noSheet")).toEqual([
        {
          severity: "info",
          sheet: to,
          cell: null,
          code: "sheetByHeaders",
          message: `Лист «${to}» взят как лист «${from}»: в нём есть ${headers}`,
        },
      ]);
      expect(results.missingInputs).toEqual([]);
      expect(results.asOf).toBe("2022-03-31");
      expect(results.totals.status).toEqual(DEMO_STATUS);
      expect(results.totals.kpk).toMatchObject({ completed: 472, total: 760 });
    },
  );

  it("takes a sheet by its name first, and says nothing of it", () => {
    const copy = sheet("Копия результатов", [RESULTS_HEADER, ["МБОУ «СОШ №1» ИГОСК", 2022]]);
    const results = analyzed(renameSheets(demo, {}, [copy]));
    expect(results.inputSheets.results).toEqual({ sheet: "Результаты", by: "name" });
    expect(ofCodes(results, "sheetByHeaders", "sheetCandidates", "noSheet")).toEqual([]);
  });

  it("takes the candidate with more recognised columns, and warns at the other naming both", () => {
    const short = sheet("Свод", [RESULTS_HEADER, ["МБОУ «СОШ №1» ИГОСК", 2022, "ОГЭ", "Химия"]]);
    const results = analyzed(renameSheets(demo, { Результаты: "Результаты ГИА" }, [short]));
    expect(results.inputSheets.results).toEqual({ sheet: "Результаты ГИА", by: "headers" });
    expect(ofCodes(results, "sheetCandidates")).toEqual([
      {
        severity: "warning",
        sheet: "Свод",
        cell: null,
        code: "sheetCandidates",
        message:
          "Листы «Результаты ГИА» и «Свод» оба подходят как лист «Результаты»: взят «Результаты ГИА», в нём больше распознанных столбцов (11 против 4); лист «Свод» не учитывается",
      },
    ]);
    expect(results.totals.status).toEqual(DEMO_STATUS);
  });

  it("takes the first of two candidates with as many columns", () => {
    const first = sheet("Итоги 1", [RESULTS_HEADER]);
    const second = sheet("Итоги 2", [RESULTS_HEADER]);
    const results = analyzed(renameSheets(demo, { Результаты: null }, [first, second]));
    expect(results.inputSheets.results).toEqual({ sheet: "Итоги 1", by: "headers" });
    expect(ofCodes(results, "sheetCandidates").map((p) => [p.sheet, p.message])).toEqual([
      [
        "Итоги 2",
        "Листы «Итоги 1» и «Итоги 2» оба подходят как лист «Результаты»: взят «Итоги 1», он раньше в книге (распознанных столбцов поровну: 4); лист «Итоги 2» не учитывается",
      ],
    ]);
  });

  it("never takes a results sheet for the list of schools, though its «ОО» column would do", () => {
    const outcome = analyze(renameSheets(demo, { ОО: null, Результаты: "Данные" }), {
      today: "2026-12-07",
    });
    expect(outcome).toEqual({
      kind: "unreadable",
      message:
        "В книге нет листа со списком школ (ожидался лист «ОО» или лист со столбцом «Наименование ОО»). Листы книги: «Данные», «Педагоги», «Параметры»",
    });
  });
});

describe("a kind of data the workbook lacks is «нет данных», never zero (B-01)", () => {
  it("stops without ОО, naming the sheets the workbook has", () => {
    expect(analyze(renameSheets(demo, { ОО: null }), { today: "2026-12-07" })).toEqual({
      kind: "unreadable",
      message:
        "В книге нет листа со списком школ (ожидался лист «ОО» или лист со столбцом «Наименование ОО»). Листы книги: «Результаты», «Педагоги», «Параметры»",
    });
  });

  describe("without Результаты", () => {
    let results: Results;
    beforeAll(() => {
      results = analyzed(renameSheets(demo, { Результаты: null }));
    });

    it("is an error listing the workbook's sheets", () => {
      expect(ofCodes(results, "noSheet")).toEqual([
        {
          severity: "error",
          sheet: "Результаты",
          cell: null,
          code: "noSheet",
          message: `В книге нет листа с результатами процедур (ожидался лист «Результаты» или лист со столбцами «ОО», «Год», «Процедура», «Предмет»): статусы школ (ШНОР, зона риска, норма) — нет данных. ${OTHER_SHEETS}`,
        },
      ]);
      expect(results.inputSheets.results).toBeNull();
      expect(results.missingInputs).toEqual(["results"]);
    });

    it("leaves every status untold, and compares none with the official list", () => {
      expect(results.totals.status).toEqual({ shnor: 0, risk: 0, normal: 0, insufficient: 22 });
      expect(results.schools.filter((s) => s.officialAgrees !== null)).toEqual([]);
      // Each school says why its status is not told.
      expect(new Set(results.schools.map((s) => s.reasons.join("; ")))).toEqual(
        new Set([
          "Статус не определён: в книге нет результатов процедур (ЕГЭ, ОГЭ, ВПР) — лист результатов не найден или пуст",
        ]),
      );
    });

    it("prints «нет данных» in the CLI's summary instead of «ШНОР: 0»", () => {
      const printed = summary(results, { input: "район.xlsx", out: "отчёт.xlsx" });
      expect(printed).toContain(
        "Школ: 22 — ШНОР, зона риска, норма: нет данных (нет результатов процедур); ШНСУ: нет данных\n",
      );
      expect(printed).toContain("  В книге нет листа с результатами процедур");
      expect(printed).not.toMatch(/ШНОР: 0/);
    });

    it("says in the Справка that statuses were not told, and nowhere «не выявлено»", () => {
      const note = buildNote(results).paragraphs;
      expect(note[0]).toBe(
        "В мониторинге участвовали 22 общеобразовательные организации. Результатов оценочных процедур в книге нет, поэтому статусы школ (ШНОР, зона риска снижения образовательных результатов, норма) не определялись: нет данных.",
      );
      expect(note).toContain(
        "Результатов ВПР в книге нет, поэтому объективность результатов ВПР не оценивалась: нет данных.",
      );
      expect(note).toContain(
        "Официальный статус указан для 4 школ. Сравнить его с расчётом нельзя: статусы не определялись.",
      );
      expect(note.join("\n")).not.toMatch(/не выявлено|Расчёт расходится/);
    });

    it("writes «нет данных» on «Сводка» for each count of statuses", () => {
      const sheetOf = buildReport(results).sheets.find((s) => s.name === "Сводка")!;
      const headline = sheetOf.blocks.find((b) => b.kind === "table")!;
      const lines = headline.kind === "table" ? headline.rows : [];
      const line = (label: string) => lines.find((row) => row[0] === label);
      for (const label of ["ШНОР", "Зона риска", "Расхождения с официальным статусом"])
        expect(line(label)).toEqual([label, "нет данных", "нет результатов процедур"]);
      // The demo has no social indicators: both ШНСУ lines say so first.
      for (const label of ["ШНСУ", "ШНОР + ШНСУ"])
        expect(line(label)).toEqual([label, "н/д", "нет показателей ИСБШ"]);
      expect(line("Признаки необъективности ВПР")).toEqual([
        "Признаки необъективности ВПР",
        "нет данных",
        "нет результатов ВПР",
      ]);
      expect(line("Прошли КПК, чел.")).toEqual(["Прошли КПК, чел.", 472, "из 760"]);
    });
  });

  describe("without Педагоги", () => {
    let results: Results;
    beforeAll(() => {
      results = analyzed(renameSheets(demo, { Педагоги: null }));
    });

    it("is an error listing the workbook's sheets; КПК comes from the ОО counts alone", () => {
      expect(ofCodes(results, "noSheet").map((p) => [p.severity, p.sheet, p.message])).toEqual([
        [
          "error",
          "Педагоги",
          "В книге нет листа с педагогами и их курсами повышения квалификации (ожидался лист «Педагоги» или лист со столбцами «ФИО», «ОО»): план КПК и доля КПК по курсам педагогов — нет данных (доля КПК — только по столбцам листа «ОО», если они заполнены). Листы книги: «ОО», «Результаты», «Параметры»",
        ],
      ]);
      expect(results.missingInputs).toEqual(["teachers"]);
      expect(results.totals.kpk).toMatchObject({ completed: 472, total: 760 });
      expect(results.totals.status).toEqual(DEMO_STATUS);
    });

    it("says in the Справка that no КПК plan was made", () => {
      expect(buildNote(results).paragraphs).toContain(
        "Листа с педагогами и их курсами в книге нет, поэтому план повышения квалификации не составлялся: нет данных.",
      );
    });
  });

  it("says «КПК: нет данных» when neither Педагоги nor ОО gives КПК", () => {
    const schools = sheet("ОО", [["Наименование ОО"], ["МБОУ «СОШ №1» ИГОСК"]]);
    const results = analyzed({ sheets: [schools] });
    const printed = summary(results, { input: "a", out: "b" }).split("\n");
    expect(printed).toContain("КПК: нет данных");
    expect(results.missingInputs).toEqual(["results", "teachers"]);
  });

  it("applies the defaults without Параметры, with no error", () => {
    const results = analyzed(renameSheets(demo, { Параметры: null }));
    expect(ofCodes(results, "noSheet")).toEqual([]);
    expect(results.inputSheets.params).toBeNull();
    expect(results.missingInputs).toEqual([]);
    // No date is given and none is on Параметры: today's date stands.
    expect(results.asOf).toBe("2026-12-07");
  });
});
