import { rowsOf } from "../helpers/workbook";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { runExcel } from "../../src/excel/runExcel";
import { installFakeExcel } from "./fake/FakeExcel";
import { FakeWorkbook } from "./fake/FakeWorkbook";

describe("runExcel", () => {
  it("runs a task through Excel.run and returns what the task returns", async () => {
    const fake = new FakeWorkbook();
    fake.addSheet("ОО", [["Наименование ОО"], ["СОШ №1"]]);
    const uninstall = installFakeExcel(fake);
    try {
      const read = await runExcel(readWorkbook);
      expect(rowsOf(read.workbook.sheets[0])).toEqual([["Наименование ОО"], ["СОШ №1"]]);
    } finally {
      uninstall();
    }
  });
});
