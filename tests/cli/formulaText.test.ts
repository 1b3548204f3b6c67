import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runReport } from "../../src/cli/runReport";
import { DEMO_PATH } from "../helpers/loadDemo";

const GYMNASIUM = "МБОУ «Гимназия №2» ИГОСК";
const FORMULA_NAME = '=HYPERLINK("http://x","Гимназия №2")';

describe("a school name that looks like a formula", () => {
  const dir = mkdtempSync(join(tmpdir(), "shnor-formula-"));
  let report: ExcelJS.Workbook;

  beforeAll(async () => {
    // The demo with one school renamed in every sheet, so it reaches every report sheet.
    const input = new ExcelJS.Workbook();
    await input.xlsx.readFile(DEMO_PATH);
    for (const ws of input.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value === GYMNASIUM) cell.value = FORMULA_NAME;
        }),
      );
    }
    const path = join(dir, "formula.xlsx");
    await input.xlsx.writeFile(path);
    const out = join(dir, "report.xlsx");
    expect(await runReport({ input: path, out, asOf: "2022-03-31", quiet: true })).toBe(0);
    report = new ExcelJS.Workbook();
    await report.xlsx.readFile(out);
  });

  it("is stored as text, never as a formula, in every sheet where it appears", () => {
    const sheets = new Set<string>();
    for (const ws of report.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "object" && cell.value !== null && "formula" in cell.value)
            throw new Error(`formula in ${ws.name}!${cell.address}`);
          if (cell.value === FORMULA_NAME) {
            expect(cell.type).toBe(ExcelJS.ValueType.String);
            sheets.add(ws.name);
          }
        }),
      );
    }
    expect([...sheets].sort()).toEqual(
      ["Объективность ВПР", "План КПК", "Риски", "Статусы ОО", "КПК"].sort(),
    );
  });
});
