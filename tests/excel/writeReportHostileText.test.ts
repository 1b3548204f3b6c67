import { join } from "path";
import { analyze, buildReport, CELL_TEXT_LIMIT, xmlSafeText } from "../../src/engine";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { writeReport } from "../../src/excel/writeReport";
import { CONTROL_TEXTS, writeMalformed } from "../fixtures/malformed/make-malformed";
import { REPORT_SHEETS } from "../helpers/reportSheets";
import { useTempDir } from "../helpers/tempDir";
import { runWithFake } from "./fake/FakeExcel";
import type { FakeWorkbook } from "./fake/FakeWorkbook";
import { demoFake } from "./helpers/demoFake";

const AS_OF = "2022-03-31";
const tempDir = useTempDir("hostile-text");

describe("the add-in's report of a workbook full of control characters", () => {
  let fake: FakeWorkbook;
  beforeAll(async () => {
    const input = (await writeMalformed(join(tempDir(), "in")))["control-characters.xlsx"];
    // The add-in's way: the file open in Excel, read, analysed, written into the same workbook.
    fake = await demoFake(undefined, input);
    const read = await runWithFake(fake, readWorkbook);
    const outcome = analyze(read.workbook, { today: AS_OF, asOf: AS_OF });
    if (outcome.kind !== "ok") throw new Error(outcome.message);
    await runWithFake(fake, (context) => writeReport(context, buildReport(outcome.results)));
  });

  /** Every text the add-in wrote on the report sheets. */
  const written = () =>
    REPORT_SHEETS.flatMap((name) =>
      fake
        .sheet(name)
        .rows()
        .flat()
        .filter((v): v is string => typeof v === "string"),
    );

  it("writes no character XML forbids", () => {
    const unsafe = written().filter((text) => xmlSafeText(text) !== text);
    expect(unsafe).toEqual([]);
  });

  it("keeps the user's literal `_x0001_` as text", () => {
    expect(written()).toContain(CONTROL_TEXTS.oosh6);
  });

  it("writes no text longer than a cell holds, and ends each cut one in «…»", () => {
    const long = written().filter((text) => text.length >= CELL_TEXT_LIMIT - 6);
    expect(long.length).toBe(7); // the school is on «КПК» twice: the district's and its group's
    for (const text of long)
      expect([text.length <= CELL_TEXT_LIMIT, text.at(-1)]).toEqual([true, "…"]);
  });

  it("notes each cut on «Проблемы данных» with its sheet and cell, as the CLI does", () => {
    const notes = fake
      .sheet("Проблемы данных")
      .rows()
      .filter((row) => typeof row[4] === "string" && row[4].startsWith("Текст этой ячейки"));
    expect(notes.map((row) => `${row[2]}!${row[3]}`)).toEqual([
      "Статусы ОО!B10",
      "КПК!B10",
      "КПК!B48",
      "Риски!B10",
      "Справка!A4",
      "Справка!A11",
      "Проблемы данных!E6",
    ]);
  });
});
