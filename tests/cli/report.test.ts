import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { EXIT, runReport } from "../../src/cli/runReport";
import type { Results } from "../../src/engine";
import { DEMO_PATH, loadWorkbook, run } from "../helpers/loadDemo";
import { runCli } from "../helpers/runCli";

const AS_OF = "2022-03-31";

/** The sheets the report must have, in whatever company (SPEC 6.1). */
const REPORT_SHEETS = ["Статусы ОО", "КПК", "Проблемы данных"];

/** A name a user could type after an apostrophe: text that Excel would otherwise run. */
const FORMULA_NAME = `=HYPERLINK("http://x","y")`;

/** How the demo writes СОШ №1 in ОО and Педагоги, and in Результаты. */
const SOSH1_NAMES = new Set(["МБОУ «СОШ №1» ИГОСК", "МБОУ СОШ №1 ИГОСК"]);

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "shnor-report-"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The rows of a report table by the text in column B (the school, or «Итого»). */
function rowsByName(ws: ExcelJS.Worksheet): Map<string, ExcelJS.Row> {
  const rows = new Map<string, ExcelJS.Row>();
  ws.eachRow((row) => {
    const name = row.getCell(2).value;
    if (typeof name === "string") rows.set(name, row);
  });
  return rows;
}

describe("the demo district through the CLI", () => {
  let cli: ReturnType<typeof runCli>;
  let json: Results;
  let report: ExcelJS.Workbook;

  beforeAll(async () => {
    const out = join(dir, "report.xlsx");
    const jsonPath = join(dir, "results.json");
    cli = runCli([DEMO_PATH, "--out", out, "--json", jsonPath, "--as-of", AS_OF]);
    json = JSON.parse(readFileSync(jsonPath, "utf8"));
    report = new ExcelJS.Workbook();
    await report.xlsx.readFile(out);
  });

  it("exits with 0 and nothing on stderr", () => {
    expect(cli.code).toBe(EXIT.ok);
    expect(cli.stderr).toBe("");
  });

  it.each(["Школ: 22", "ШНОР: 4", "472 из 760 (62,1 %)"])("prints «%s» in the summary", (text) => {
    expect(cli.stdout).toContain(text);
  });

  it("writes the JSON the engine gives for the same workbook", async () => {
    const engine = JSON.parse(JSON.stringify(run(await loadWorkbook(DEMO_PATH), AS_OF)));
    expect(json).toEqual(engine);
  });

  it("writes a report that reopens with «Статусы ОО», «КПК» and «Проблемы данных»", () => {
    expect(report.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining(REPORT_SHEETS));
  });

  it("totals КПК on «Итого»: 760 teachers, 472 passed, 472/760 as a number in a % format", () => {
    const total = rowsByName(report.getWorksheet("КПК")!).get("Итого")!;
    expect(total.getCell(3).value).toBe(760);
    expect(total.getCell(4).value).toBe(472);
    expect(total.getCell(5).value).toBe(0.6210526315789474);
    expect(total.getCell(5).numFmt).toContain("%");
  });

  it("writes each school's КПК share as a number with the format 0.0%", () => {
    const rows = rowsByName(report.getWorksheet("КПК")!);
    for (const school of json.schools) {
      const share = rows.get(school.name)!.getCell(5);
      expect([school.name, share.value, share.numFmt]).toEqual([
        school.name,
        school.kpk.share,
        "0.0%",
      ]);
      expect(share.type).toBe(ExcelJS.ValueType.Number);
    }
  });

  it.each(REPORT_SHEETS)("freezes the header of «%s»", (name) => {
    const view = report.getWorksheet(name)!.views[0] as Partial<ExcelJS.WorksheetViewFrozen>;
    expect(view.state).toBe("frozen");
    expect(view.ySplit).toBeGreaterThan(0);
  });
});

describe("a school named =HYPERLINK(…) in the demo", () => {
  let results: Results;
  let report: ExcelJS.Workbook;

  beforeAll(async () => {
    // Rename СОШ №1 on every sheet, so its results and teachers still match it by exact name.
    const input = new ExcelJS.Workbook();
    await input.xlsx.readFile(DEMO_PATH);
    for (const ws of input.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string" && SOSH1_NAMES.has(cell.value))
            cell.value = FORMULA_NAME;
        }),
      );
    }
    const inputPath = join(dir, "demo-formula-name.xlsx");
    await input.xlsx.writeFile(inputPath);
    const out = join(dir, "report-formula-name.xlsx");
    const json = join(dir, "results-formula-name.json");
    await runReport({ input: inputPath, out, json, asOf: AS_OF, quiet: true });
    results = JSON.parse(readFileSync(json, "utf8"));
    report = new ExcelJS.Workbook();
    await report.xlsx.readFile(out);
  });

  it("keeps the name verbatim, with the КПК and the status СОШ №1 has in the demo", async () => {
    const demo = run(await loadWorkbook(DEMO_PATH), AS_OF).schools[0];
    const school = results.schools.find((s) => s.name === FORMULA_NAME);
    expect(school?.kpk).toEqual(JSON.parse(JSON.stringify(demo.kpk)));
    expect(school?.status).toBe(demo.status);
  });

  it("stores the name as text on «Статусы ОО», «КПК» and every other sheet it appears on", () => {
    const sheets = new Set<string>();
    for (const ws of report.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value !== FORMULA_NAME && cell.text !== FORMULA_NAME) return;
          sheets.add(ws.name);
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          expect(String(cell.value).startsWith("=")).toBe(true);
        }),
      );
    }
    expect([...sheets]).toEqual(expect.arrayContaining(["Статусы ОО", "КПК"]));
  });

  it("has no formula in any cell of the report", () => {
    const formulas: string[] = [];
    for (const ws of report.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas.push(`${ws.name}!${cell.address}`);
        }),
      );
    }
    expect(formulas).toEqual([]);
  });
});
