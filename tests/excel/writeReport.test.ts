import { rowsOf } from "../helpers/workbook";
import {
  analyze,
  buildReport,
  CELL_TEXT_LIMIT,
  MAX_ROW_HEIGHT,
  type ReportModel,
  type SheetInput,
  type WorkbookInput,
} from "../../src/engine";
import { REPORT_RECORD_KEY, REPORT_TAG_KEY, parseRecord } from "../../src/excel/ownSheets";
import { dateSerial } from "../../src/excel/excelValue";
import {
  REQUEST_BUDGET_BYTES,
  WRITE_STAGES,
  writeReport,
  type WriteReportOptions,
} from "../../src/excel/writeReport";
import { districtReport } from "../../bench/writerBench";
import { COUNTRY, REGION } from "../../bench/generateDistrict";
import { loadWorkbook, run } from "../helpers/loadDemo";
import { runWithFake } from "./fake/FakeExcel";
import { FakeWorkbook } from "./fake/FakeWorkbook";
import { demoFake } from "./helpers/demoFake";
import { snapshotSheet } from "./helpers/snapshotSheet";
import { REPORT_SHEETS } from "../helpers/reportSheets";

const USER_SHEETS = ["ОО", "Результаты", "Педагоги", "Параметры"];
/** Excel on the web refuses a request over 5 MB. */
const WEB_LIMIT = 5_000_000;

let demoModel: ReportModel;
beforeAll(async () => {
  demoModel = buildReport(run(await loadWorkbook()));
});

/**
 * A report the size of the country's (40 000 schools): the region's report (1 000 schools, from
 * bench/generateDistrict.ts) with every table's rows repeated 40 times. The engine's own run on
 * the country takes longer than the writer and is measured by `npm run bench` instead.
 */
function countrySized(region: ReportModel): ReportModel {
  const times = COUNTRY.schools / REGION.schools;
  return {
    sheets: region.sheets.map((sheet) => ({
      ...sheet,
      blocks: sheet.blocks.map((block) =>
        block.kind === "table"
          ? { ...block, rows: Array.from({ length: times }, () => block.rows).flat() }
          : block,
      ),
    })),
  };
}

function write(fake: FakeWorkbook, model: ReportModel, options?: WriteReportOptions) {
  return runWithFake(fake, (context) => writeReport(context, model, options));
}

describe("writeReport: a constant number of syncs within the request budget", () => {
  it("makes as many syncs for 10 schools as for 40 000, none over 4 MB", async () => {
    const small = new FakeWorkbook({ requestLimitBytes: WEB_LIMIT });
    small.addSheet("ОО");
    await write(small, districtReport({ schools: 10 }));
    const country = new FakeWorkbook({ requestLimitBytes: WEB_LIMIT });
    country.addSheet("ОО");
    await write(country, countrySized(districtReport(REGION)));
    expect(country.stats.syncs).toBe(small.stats.syncs);
    expect(Math.max(small.maxRequestBytes(), country.maxRequestBytes())).toBeLessThanOrEqual(
      REQUEST_BUDGET_BYTES,
    );
    // What reaches Excel still follows the size: office.js sends nothing for an empty batch.
    expect(small.stats.requests.length).toBe(4);
    expect(country.stats.requests.length).toBeGreaterThan(40);
  }, 120_000);

  it("writes values in one assignment per block when the block fits a request", async () => {
    const fake = await demoFake();
    await write(fake, demoModel);
    const blocks = demoModel.sheets.reduce((n, s) => n + s.blocks.length, 0);
    const [, , data] = fake.stats.requests;
    expect(fake.stats.requests).toHaveLength(4);
    expect(data.writesValues).toBe(true);
    // Blocks, not cells: the actions grow with blocks and distinct row heights, not with cells.
    expect(data.ops).toBeLessThan(blocks * 40 + 700);
  });

  it("suspends calculation in every request that writes values", async () => {
    const fake = await demoFake();
    await write(fake, demoModel, { budgetBytes: 40_000 });
    const writing = fake.stats.requests.filter((r) => r.writesValues);
    expect(writing.length).toBeGreaterThan(5);
    expect(writing.every((r) => r.calculationSuspended)).toBe(true);
  });

  it("reports progress in Russian, from 0 to 1, never going back", async () => {
    const steps: [string, number][] = [];
    await write(await demoFake(), demoModel, {
      onProgress: (stage, share) => steps.push([stage, share]),
    });
    expect(steps[0]).toEqual([WRITE_STAGES.inspect, 0]);
    expect(steps[steps.length - 1]).toEqual([WRITE_STAGES.done, 1]);
    const shares = steps.map(([, share]) => share);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    for (const [stage] of steps) expect(stage).toMatch(/^[А-ЯЁ][а-яё ]+$/);
  });

  it("sums up what it wrote: sheets, cells and charts", async () => {
    const summary = await write(await demoFake(), demoModel);
    expect(summary.sheets.map((s) => s.name)).toEqual(REPORT_SHEETS);
    expect(summary.charts).toBe(2);
    expect(summary.cells).toBeGreaterThan(1000);
    expect(summary.replaced).toBe(0);
    expect(summary.dataBatches).toBe(1);
  });
});

describe("writeReport: the user's sheets", () => {
  it("leaves every user sheet unchanged, value for value", async () => {
    const fake = await demoFake();
    const before = USER_SHEETS.map((name) => snapshotSheet(fake.sheet(name)));
    await write(fake, demoModel);
    await write(fake, demoModel);
    expect(USER_SHEETS.map((name) => snapshotSheet(fake.sheet(name)))).toEqual(before);
  });

  it("never touches a user's «Сводка»: the report goes to «Сводка (2)», also on the second run", async () => {
    const fake = await demoFake();
    fake.addSheet("Сводка", [
      ["Моя сводка", 42],
      ["=не трогать", null],
    ]);
    const before = snapshotSheet(fake.sheet("Сводка"));
    const first = await write(fake, demoModel);
    expect(first.sheets[0]).toEqual({ name: "Сводка (2)", wanted: "Сводка" });
    const second = await write(fake, demoModel);
    expect(second.sheets[0]).toEqual({ name: "Сводка (2)", wanted: "Сводка" });
    expect(second.replaced).toBe(REPORT_SHEETS.length);
    expect(snapshotSheet(fake.sheet("Сводка"))).toEqual(before);
    expect(fake.sheets.map((s) => s.name)).toEqual([
      ...USER_SHEETS,
      "Сводка",
      "Сводка (2)",
      ...REPORT_SHEETS.slice(1),
    ]);
  });

  it("replaces only its own sheets on a second run, and records their ids", async () => {
    const fake = await demoFake();
    await write(fake, demoModel);
    const firstIds = REPORT_SHEETS.map((name) => fake.sheet(name).id);
    const userIds = USER_SHEETS.map((name) => fake.sheet(name).id);
    await write(fake, demoModel);
    expect(fake.sheets.map((s) => s.name)).toEqual([...USER_SHEETS, ...REPORT_SHEETS]);
    expect(USER_SHEETS.map((name) => fake.sheet(name).id)).toEqual(userIds);
    const secondIds = REPORT_SHEETS.map((name) => fake.sheet(name).id);
    expect(secondIds.some((id) => firstIds.includes(id))).toBe(false);
    expect(parseRecord(fake.settings.get(REPORT_RECORD_KEY)).sheets.map((s) => s.id)).toEqual(
      secondIds,
    );
  });

  it("knows its sheets after the file is reopened (new ids) by their tag", async () => {
    const fake = await demoFake();
    await write(fake, demoModel);
    fake.reopen();
    const summary = await write(fake, demoModel);
    expect(summary.replaced).toBe(REPORT_SHEETS.length);
    expect(fake.sheets.map((s) => s.name)).toEqual([...USER_SHEETS, ...REPORT_SHEETS]);
    expect(fake.sheet("КПК").customProperties.get(REPORT_TAG_KEY)).toBe("КПК");
  });

  it("keeps a user's copy of a report sheet, although the copy carries the tag", async () => {
    const fake = await demoFake();
    await write(fake, demoModel);
    const copy = fake.addSheet("КПК (2)", [["скопировано пользователем"]]);
    copy.customProperties.set(REPORT_TAG_KEY, "КПК");
    fake.reopen();
    const before = snapshotSheet(copy);
    await write(fake, demoModel);
    expect(snapshotSheet(fake.sheet("КПК (2)"))).toEqual(before);
  });

  it("replaces its sheets when the user has hidden every other sheet", async () => {
    const fake = await demoFake();
    await write(fake, demoModel);
    for (const name of USER_SHEETS) fake.sheet(name).visibility = "Hidden";
    const summary = await write(fake, demoModel);
    expect(summary.replaced).toBe(REPORT_SHEETS.length);
    expect(fake.sheets.map((s) => s.name)).toEqual([...USER_SHEETS, ...REPORT_SHEETS]);
  });

  it("without worksheet custom properties (before ExcelApi 1.12) still replaces its sheets until the file is closed", async () => {
    const globals = globalThis as { Office?: unknown };
    globals.Office = {
      context: {
        requirements: { isSetSupported: (_set: string, version: string) => version !== "1.12" },
      },
    };
    try {
      const fake = await demoFake();
      await write(fake, demoModel);
      const summary = await write(fake, demoModel);
      expect(summary.replaced).toBe(REPORT_SHEETS.length);
      expect(fake.sheets.every((s) => s.customProperties.size === 0)).toBe(true);
      expect(fake.sheets.map((s) => s.name)).toEqual([...USER_SHEETS, ...REPORT_SHEETS]);
    } finally {
      delete globals.Office;
    }
  });

  it("shows the report: the first report sheet is active afterwards", async () => {
    const fake = await demoFake();
    await write(fake, demoModel);
    expect(fake.activeSheetId).toBe(fake.sheet("Сводка").id);
  });
});

describe("writeReport: text stays text, numbers stay numbers", () => {
  const NAMES = [
    `=HYPERLINK("http://x","y")`,
    "+7 школа",
    "-СОШ №3",
    "@СОШ №4",
    "2607100",
    "'СОШ №6",
    "TRUE",
  ];

  /** The demo with six schools renamed on «ОО» to text a user could type. */
  function renamed(workbook: WorkbookInput): WorkbookInput {
    const sheets = workbook.sheets.map((sheet): SheetInput => {
      if (sheet.name !== "ОО") return sheet;
      const rows = rowsOf(sheet).map((row, r) =>
        r >= 1 && r <= NAMES.length && row ? row.map((v, c) => (c === 1 ? NAMES[r - 1] : v)) : row,
      );
      return { name: sheet.name, rows };
    });
    return { sheets };
  }

  it("stores formula-looking names as the same text, never as formulas", async () => {
    const outcome = analyze(renamed(await loadWorkbook()), {
      today: "2022-03-31",
      asOf: "2022-03-31",
    });
    if (outcome.kind !== "ok") throw new Error(outcome.message);
    const fake = await demoFake();
    await write(fake, buildReport(outcome.results));
    const found = new Map<string, Set<string>>();
    for (const name of REPORT_SHEETS) {
      const sheet = fake.sheet(name);
      expect([name, sheet.formulas.size]).toEqual([name, 0]);
      sheet.values.forEach((row, r) =>
        row?.forEach((value, c) => {
          if (typeof value !== "string" || !NAMES.includes(value)) return;
          (found.get(value) ?? found.set(value, new Set()).get(value)!).add(name);
          expect(sheet.isQuotePrefixed(r, c)).toBe(true);
        }),
      );
    }
    for (const name of NAMES)
      expect([name, [...(found.get(name) ?? [])]]).toEqual([
        name,
        expect.arrayContaining(["Статусы ОО", "КПК"]),
      ]);
  });

  it("keeps numbers as numbers and writes dates as serials with the date format", async () => {
    const fake = await demoFake();
    await write(fake, demoModel);
    const kpk = fake.sheet("КПК");
    expect(kpk.value(4, 4)).toBeCloseTo(0.7258, 4);
    expect(kpk.numberFormat(4, 4)).toBe("0.0%");
    const sheet = demoModel.sheets.find((s) => s.name === "План КПК")!;
    // The persons' table, after the counts per school.
    const table = sheet.blocks.filter((b) => b.kind === "table").at(-1)!;
    if (table.kind !== "table") throw new Error("no table");
    const plan = fake.sheet("План КПК");
    let dates = 0;
    table.rows.forEach((row, i) =>
      row.forEach((value, c) => {
        if (value === null || typeof value !== "object") return;
        dates++;
        expect([
          plan.value(table.row + 1 + i, table.col + c),
          plan.numberFormat(table.row + 1 + i, table.col + c),
        ]).toEqual([dateSerial(value.date), "dd.mm.yyyy"]);
      }),
    );
    expect(dates).toBeGreaterThan(10);
  });

  it("cuts text longer than a cell holds and keeps row heights within Excel's limit", async () => {
    const long = "Очень длинный абзац справки. ".repeat(2000);
    const model: ReportModel = {
      sheets: [
        {
          name: "Справка",
          blocks: [{ kind: "text", row: 0, col: 0, lines: [long], style: "wrap" }],
          columnWidths: [100],
          freezeRows: 0,
          conditionalFormats: [],
          charts: [],
          print: { orientation: "portrait", fitToWidth: true },
        },
      ],
    };
    const fake = new FakeWorkbook();
    fake.addSheet("ОО");
    await write(fake, model);
    const text = fake.sheet("Справка").value(0, 0) as string;
    expect(text).toHaveLength(CELL_TEXT_LIMIT);
    expect(text.endsWith("…")).toBe(true);
    expect(fake.sheet("Справка").rowHeights.get(0)).toBe(MAX_ROW_HEIGHT);
  });
});
