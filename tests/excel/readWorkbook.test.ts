import { rowsOf } from "../helpers/workbook";
import { analyze } from "../../src/engine";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { REPORT_RECORD_KEY, REPORT_TAG_KEY } from "../../src/excel/ownSheets";
import { loadWorkbook } from "../helpers/loadDemo";
import { runWithFake } from "./fake/FakeExcel";
import { FakeWorkbook } from "./fake/FakeWorkbook";
import { comparableWorkbook, demoFake } from "./helpers/demoFake";

const AS_OF = "2022-03-31";

describe("readWorkbook", () => {
  it("reads the demo in two syncs, with the cells the CLI reader gives", async () => {
    const fake = await demoFake();
    const read = await runWithFake(fake, readWorkbook);
    const cli = await loadWorkbook();
    expect(read.syncs).toBe(2);
    expect(fake.stats.syncs).toBe(2);
    expect(comparableWorkbook(read.workbook)).toEqual(comparableWorkbook(cli));
  });

  it("reads whole used ranges, never a cell on its own: the actions do not grow with the rows", async () => {
    const fake = await demoFake();
    await runWithFake(fake, readWorkbook);
    const [, contents] = fake.stats.requests;
    // Per sheet: the used range with its load, and the tag lookup with its load.
    expect(contents.ops).toBeLessThanOrEqual(4 * fake.sheets.length);
  });

  it("gives the engine the same results as the CLI's reading of the demo", async () => {
    const read = await runWithFake(await demoFake(), readWorkbook);
    const options = { today: AS_OF, asOf: AS_OF };
    expect(analyze(read.workbook, options)).toEqual(analyze(await loadWorkbook(), options));
  });

  it("turns percent-formatted numbers into {percent}, errors into {error}, and keeps serial dates", async () => {
    const fake = new FakeWorkbook();
    const sheet = fake.addSheet(
      "Результаты",
      [
        ["ОО", "Доля", "Дата", "Флаг"],
        ["СОШ №1", 0.467, 44651, true],
      ],
      [
        [null, null, null, null],
        [null, "0.0%", "dd.mm.yyyy", null],
      ],
    );
    sheet.setValue(2, 1, "#N/A");
    sheet.markError(2, 1);
    const read = await runWithFake(fake, readWorkbook);
    expect(rowsOf(read.workbook.sheets[0])).toEqual([
      ["ОО", "Доля", "Дата", "Флаг"],
      ["СОШ №1", { percent: 0.467 }, 44651, true],
      [null, { error: "#N/A" }, null, null],
    ]);
  });

  it("gives equal percent cells one object, even on different sheets", async () => {
    const fake = new FakeWorkbook();
    const percentRow = [null, "0.0%"];
    fake.addSheet(
      "А",
      [
        ["ОО", "Доля"],
        ["СОШ №1", 0.25],
        ["СОШ №2", 0.25],
      ],
      [[null, null], percentRow, percentRow],
    );
    fake.addSheet(
      "Б",
      [
        ["ОО", "Доля"],
        ["СОШ №3", 0.25],
      ],
      [[null, null], percentRow],
    );
    const [a, b] = (await runWithFake(fake, readWorkbook)).workbook.sheets;
    expect(rowsOf(a)[1]?.[1]).toEqual({ percent: 0.25 });
    expect(rowsOf(a)[2]?.[1]).toBe(rowsOf(a)[1]?.[1]);
    expect(rowsOf(b)[1]?.[1]).toBe(rowsOf(a)[1]?.[1]);
  });

  it("places a used range that does not start at A1 where it is on the sheet", async () => {
    const fake = new FakeWorkbook();
    fake.addSheet("ОО").setValue(2, 3, "Наименование ОО");
    fake.addSheet("Пустой");
    const read = await runWithFake(fake, readWorkbook);
    expect(rowsOf(read.workbook.sheets[0])[2]).toEqual([null, null, null, "Наименование ОО"]);
    // Rows above the used range hold no cells.
    expect(rowsOf(read.workbook.sheets[0])[0]).toEqual([]);
    expect(read.workbook.sheets[1].name).toBe("Пустой");
    expect(rowsOf(read.workbook.sheets[1])).toEqual([]);
  });

  it("lists the Excel Tables with their sheet and address", async () => {
    const fake = new FakeWorkbook();
    fake.addSheet("ОО", [
      ["Код ОО", "Наименование ОО"],
      ["1", "СОШ №1"],
    ]);
    fake.addTable("Школы", "ОО", { row: 0, col: 0, rows: 2, cols: 2 });
    const read = await runWithFake(fake, readWorkbook);
    expect(read.tables).toEqual([
      { name: "Школы", sheet: "ОО", address: "A1:B2", row: 0, col: 0, rows: 2, cols: 2 },
    ]);
  });

  it("leaves out the add-in's report sheets, known by id or by their tag", async () => {
    const fake = new FakeWorkbook();
    fake.addSheet("ОО", [["Наименование ОО"], ["СОШ №1"]]);
    const byId = fake.addSheet("КПК", [["Образовательная организация"]]);
    const byTag = fake.addSheet("Сводка", [["Показатель"]]);
    byTag.customProperties.set(REPORT_TAG_KEY, "Сводка");
    const copy = fake.addSheet("Сводка (2)", [["Показатель"]]);
    copy.customProperties.set(REPORT_TAG_KEY, "Сводка"); // a user's copy keeps the tag
    fake.settings.set(
      REPORT_RECORD_KEY,
      JSON.stringify({ sheets: [{ id: byId.id, name: "КПК" }] }),
    );
    const read = await runWithFake(fake, readWorkbook);
    expect(read.workbook.sheets.map((s) => s.name)).toEqual(["ОО", "Сводка (2)"]);
    expect(read.reportSheets).toEqual(["КПК", "Сводка"]);
  });

  it("reads a workbook too large for one answer in slices, with the same cells", async () => {
    const fake = await demoFake({ responseLimitBytes: 60_000 });
    const read = await runWithFake(fake, readWorkbook);
    expect(read.syncs).toBeGreaterThan(3);
    const answered = fake.stats.requests.filter((r) => r.failed === undefined);
    expect(Math.max(...answered.map((r) => r.responseBytes))).toBeLessThanOrEqual(60_000);
    expect(comparableWorkbook(read.workbook)).toEqual(comparableWorkbook(await loadWorkbook()));
  });

  it("passes on a failure that is not about size", async () => {
    const fake = await demoFake();
    const failure = Object.assign(new Error("busy"), { code: "GeneralException" });
    const run = runWithFake(fake, async (context) => {
      const sync = context.sync.bind(context);
      let calls = 0;
      context.sync = (async () => {
        if (++calls === 2) throw failure;
        return sync();
      }) as typeof context.sync;
      return readWorkbook(context);
    });
    await expect(run).rejects.toBe(failure);
  });
});
