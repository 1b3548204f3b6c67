import {
  buildReport,
  type ReportModel,
  type ReportSheet,
  type Results,
  type TableBlock,
} from "../../../src/engine";
import { charsPerLine } from "../../../src/engine/report/rowHeight";
import { loadWorkbook, run } from "../../helpers/loadDemo";
import { REPORT_SHEETS } from "../../helpers/reportSheets";

const table = (sheet: ReportSheet, index = 0): TableBlock =>
  sheet.blocks.filter((b): b is TableBlock => b.kind === "table")[index];
const sheet = (model: ReportModel, name: string): ReportSheet =>
  model.sheets.find((s) => s.name === name)!;

/** The 0-based (row, col) of an A1 address such as `E5`. */
function cellOf(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

/** The values a sheet-qualified column range covers, read back from the model's tables. */
function valuesAt(model: ReportModel, range: string): unknown[] {
  const m = /^'(.+)'!(\$?[A-Z]+\$?\d+):(\$?[A-Z]+\$?\d+)$/.exec(range)!;
  const target = sheet(model, m[1]);
  const from = cellOf(m[2]);
  const to = cellOf(m[3]);
  const values: unknown[] = [];
  for (let r = from.row; r <= to.row; r++) {
    const block = target.blocks.find(
      (b): b is TableBlock => b.kind === "table" && r > b.row && r <= b.row + b.rows.length,
    )!;
    values.push(block.rows[r - block.row - 1][from.col - block.col]);
  }
  return values;
}

describe("the report model of the demo district", () => {
  let results: Results;
  let model: ReportModel;
  beforeAll(async () => {
    results = run(await loadWorkbook());
    model = buildReport(results);
  });

  it("has the eight sheets of SPEC 6.1 in order", () => {
    expect(model.sheets.map((s) => s.name)).toEqual(REPORT_SHEETS);
  });

  it("gives the headline numbers: 22 schools, 4 ШНОР, 5 in the risk zone, КПК 472 of 760", () => {
    const rows = table(sheet(model, "Сводка")).rows;
    const value = (label: string) => rows.find((r) => r[0] === label)![1];
    expect(value("Образовательных организаций")).toBe(22);
    expect(value("ШНОР")).toBe(4);
    expect(value("Зона риска")).toBe(5);
    expect(value("Прошли КПК, чел.")).toBe(472);
    expect(value("Доля прошедших КПК (по району)")).toBeCloseTo(472 / 760, 12);
  });

  it("puts each of «Сводка»'s later titles right above its table, a blank row after the one before", () => {
    const blocks = sheet(model, "Сводка").blocks;
    const tables = blocks.filter((b): b is TableBlock => b.kind === "table");
    const titles = blocks.filter((b) => b.kind === "text" && b.style === "title").slice(1);
    expect(titles.map((t) => t.kind === "text" && t.lines[0])).toEqual([
      "Школы по статусам",
      "Параметры расчёта",
    ]);
    titles.forEach((title, i) => {
      const before = tables[i];
      expect(title.row).toBe(tables[i + 1].row - 1);
      expect(title.row).toBe(before.row + before.rows.length + 2);
    });
  });

  it("gives every word of every table header a line of its own width: none is cut", () => {
    const cut: string[] = [];
    for (const s of model.sheets)
      for (const block of s.blocks) {
        if (block.kind !== "table") continue;
        block.header.forEach((text, c) => {
          const perLine = charsPerLine(s.columnWidths[block.col + c] ?? 10, true);
          for (const word of text.split(/\s+/))
            if (word.length > perLine) cut.push(`${s.name}: «${word}» > ${perLine}`);
        });
      }
    expect(cut).toEqual([]);
  });

  it("charts the statuses from the status table's cells", () => {
    const chart = sheet(model, "Сводка").charts[0];
    expect(valuesAt(model, chart.categories)).toEqual([
      "ШНОР",
      "Зона риска",
      "Норма",
      "Недостаточно данных",
    ]);
    expect(valuesAt(model, chart.values)).toEqual([4, 5, 12, 1]);
  });

  it("sorts «Статусы ОО» by status, then composite from the lowest", () => {
    const rows = table(sheet(model, "Статусы ОО")).rows;
    expect(rows.map((r) => r[2])).toEqual([
      ...Array(4).fill("ШНОР"),
      ...Array(5).fill("Зона риска"),
      ...Array(12).fill("Норма"),
      "Недостаточно данных",
    ]);
    expect(rows[0][1]).toBe("МКОУ «ООШ №14» ИГОСК");
    const composites = rows.slice(0, 4).map((r) => r[4] as number);
    expect([...composites].sort((a, b) => a - b)).toEqual(composites);
  });

  it("ends «КПК» with the pooled total row: 472 of 760, not the mean of shares", () => {
    const kpk = table(sheet(model, "КПК"));
    expect(kpk.rows).toHaveLength(22);
    expect(kpk.total!.slice(1, 5)).toEqual(["Итого", 760, 472, 472 / 760]);
    const mean = kpk.rows.reduce((sum, r) => sum + (r[4] as number), 0) / kpk.rows.length;
    expect(Math.abs(mean - 472 / 760)).toBeGreaterThan(1e-3);
  });

  it("wraps «Недостаточно данных» in the status column of «Статусы ОО» instead of cutting it", () => {
    const statuses = table(sheet(model, "Статусы ОО"));
    const column = statuses.header.indexOf("Статус");
    expect(statuses.rows.map((r) => r[column])).toContain("Недостаточно данных");
    expect(statuses.wrap).toContain(column);
  });

  it("lists the settings on «Сводка» as a protocol writes them: shares in percent, references named", () => {
    const settings = table(sheet(model, "Сводка"), 2).rows;
    expect(settings).toContainEqual([
      "Доля школ с самыми низкими результатами (I1)",
      "20,0 %",
      "приказ Смоленской обл. № 338-ОД: нижние 20 %",
    ]);
    expect(settings).toContainEqual([
      "Эталон для R1: ОГЭ, русский язык, доля не преодолевших порог",
      "4,1 %",
      "региональное значение (Параметры)",
    ]);
    expect(settings.find((r) => String(r[0]).startsWith("Эталон для R6"))![1]).toBe(69.2);
  });

  it("gives «КПК» seed 000's table of the 500+ schools with their own total, 40 of 100", () => {
    const tables = sheet(model, "КПК").blocks.filter((b) => b.kind === "table");
    const groups = tables[1];
    if (groups.kind !== "table") throw new Error("no table of groups");
    expect(groups.rows.map((r) => r.slice(0, 4))).toEqual([
      ["Школы с низкими образовательными результатами (по расчёту)", 68, 30, 30 / 68],
      ["Школы — участницы проекта «500+»", 100, 40, 0.4],
      // №12 and №24 are both ШНОР and 500+: the others are 760 − 68 − 100 + 34.
      ["Остальные школы", 626, 416, 416 / 626],
      ["Все школы района", 760, 472, 472 / 760],
    ]);
    const project = tables[3];
    if (project.kind !== "table") throw new Error("no table of the 500+ schools");
    expect(project.header).toEqual([
      "№",
      "Образовательная организация",
      "Численность педагогов",
      "Кол-во чел., прошедших КПК",
      "Доля прошедших КПК",
    ]);
    expect(project.rows.map((r) => [r[1], r[3], r[4]])).toEqual([
      ["МБОУ «СОШ №10» ИГОСК", 14, 14 / 30],
      ["МКОУ «СОШ №12» ИГОСК", 8, 8 / 18],
      ["МБОУ «СОШ №18» ИГОСК", 12, 12 / 36],
      ["МКОУ «СОШ №24» ИГОСК", 6, 6 / 16],
    ]);
    expect(project.total).toEqual([null, "Итого: школы — участницы проекта «500+»", 100, 40, 0.4]);
  });

  it("charts КПК by school from the share column, one bar per school", () => {
    const chart = sheet(model, "КПК").charts[0];
    expect(valuesAt(model, chart.categories)).toEqual(results.schools.map((s) => s.name));
    expect(valuesAt(model, chart.values)).toEqual(results.schools.map((s) => s.kpk.share));
  });

  it("lists the two ВПР signals as signals for checking", () => {
    const vpr = table(sheet(model, "Объективность ВПР")).rows;
    expect(vpr.map((r) => [r[1], r[2], r[3]])).toEqual([
      ["МБОУ «Гимназия №2» ИГОСК", "математика", 7],
      ["МКОУ «СОШ №12» ИГОСК", "русский язык", 6],
    ]);
    expect(vpr.every((r) => r[9] === "признаки необъективности — требуется проверка")).toBe(true);
  });

  it("puts every data problem on «Проблемы данных» with its sheet and cell", () => {
    expect(table(sheet(model, "Проблемы данных")).rows.map((r) => [r[1], r[2], r[3]])).toEqual([
      ["Предупреждение", "Педагоги", "F263"],
      ["Предупреждение", "ОО", "G14"],
    ]);
  });

  it("freezes the header row and prints every sheet on A4 fitted to width", () => {
    for (const s of model.sheets) {
      expect(s.print.fitToWidth).toBe(true);
      const first = s.blocks.find((b) => b.kind === "table");
      if (s.freezeRows > 0 && first) expect(s.freezeRows).toBe(first.row + 1);
    }
  });
});

describe("a text longer than a cell holds in the report of the demo", () => {
  const LONG_NAME = "МБОУ «СОШ №1» ИГОСК. " + "и".repeat(40_000); // 40 021 characters
  let results: Results;
  let model: ReportModel;
  beforeAll(async () => {
    results = run(await loadWorkbook());
    const first = results.schools[0];
    model = buildReport({
      ...results,
      schools: results.schools.map((s) => (s === first ? { ...s, name: LONG_NAME } : s)),
    });
  });

  it("is cut to 32 767 characters ending in «…» wherever the school is named", () => {
    const statuses = table(sheet(model, "Статусы ОО"));
    const cut = statuses.rows
      .flat()
      .find((v) => typeof v === "string" && v.startsWith("МБОУ «СОШ №1» ИГОСК. и"));
    expect(cut).toBe(LONG_NAME.slice(0, 32_766) + "…");
  });

  it("is noted on «Проблемы данных» after the data's problems, with the sheet and the cell", () => {
    const problems = table(sheet(model, "Проблемы данных"));
    // The school is on «КПК» twice: in the district's table and in its group's.
    expect(problems.rows).toHaveLength(results.problems.length + 4);
    const message =
      "Текст этой ячейки отчёта (40 021 знак, начало: «МБОУ «СОШ №1» ИГОСК. иииииииииииииииииии») длиннее, чем вмещает ячейка Excel (32 767 знаков); он сокращён, в конце поставлено «…»";
    expect(problems.rows.slice(results.problems.length)).toEqual([
      [3, "Сведения", "Статусы ОО", "B23", message],
      [4, "Сведения", "КПК", "B5", message],
      [5, "Сведения", "КПК", "B89", message],
      [6, "Сведения", "Риски", "B23", message],
    ]);
  });

  it("leaves the counts of errors and warnings on «Сводка» as the data gave them", () => {
    expect(sheet(model, "Сводка")).toEqual(buildReport(results).sheets[0]);
  });
});

describe("«План КПК» of the demo", () => {
  it("starts with how many persons each school must send, by post and urgency, with a total", async () => {
    const results = run(await loadWorkbook());
    const plan = buildReport(results).sheets.find((s) => s.name === "План КПК")!;
    const [counts, persons] = plan.blocks.filter((b) => b.kind === "table");
    if (counts.kind !== "table" || persons.kind !== "table") throw new Error("no tables");
    expect(counts.header).toEqual([
      "№",
      "Образовательная организация",
      "Руководящие, чел.",
      "Педагогические, чел.",
      "Срок истёк или курсов нет",
      "Срок наступит в горизонте плана",
    ]);
    const sum = (c: number) => counts.rows.reduce((n, r) => n + (r[c] as number), 0);
    // Every person of the plan is counted once by post and once by urgency.
    expect(sum(2) + sum(3)).toBe(results.kpkPlan.length);
    expect(sum(4) + sum(5)).toBe(results.kpkPlan.length);
    expect(counts.total!.slice(1)).toEqual(["Итого", sum(2), sum(3), sum(4), sum(5)]);
    expect(persons.rows).toHaveLength(results.kpkPlan.length);
    expect(plan.print.titleRows).toBe(`${persons.row + 1}:${persons.row + 1}`);
  });
});

describe("«Статусы ОО» of the demo", () => {
  it("heads each indicator column with its code and a few Russian words, and gives a legend", async () => {
    const statuses = buildReport(run(await loadWorkbook())).sheets.find(
      (s) => s.name === "Статусы ОО",
    )!;
    const [schools, legend] = statuses.blocks.filter((b) => b.kind === "table");
    if (schools.kind !== "table" || legend.kind !== "table") throw new Error("no tables");
    expect(schools.header.filter((h) => /^[IR]\d /.test(h))).toEqual([
      "I1 нижние 20 %",
      "I2 в 10 кл.",
      "I3 олимп.",
      "R1 «2» ОГЭ рус.",
      "R2 «2» ОГЭ мат.",
      "R3 ОГЭ рус. спад",
      "R4 ОГЭ мат. спад",
      "R5 рост «2» ОГЭ мат.",
      "R6 ЕГЭ рус.",
    ]);
    expect(legend.header).toEqual(["Код", "Показатель"]);
    expect(legend.rows[0]).toEqual([
      "I1",
      "Устойчиво низкие результаты (нижние 20 % по ЕГЭ, ОГЭ, ВПР за 3 года)",
    ]);
    expect(legend.rows).toHaveLength(9);
  });
});
