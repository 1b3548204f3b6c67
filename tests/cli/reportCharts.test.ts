import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { runReport } from "../../src/cli/runReport";
import { DEMO_PATH } from "../helpers/loadDemo";
import { REPORT_SHEETS } from "../helpers/reportSheets";

/** The cells a range such as `'КПК'!$E$5:$E$26` covers on its sheet. */
function cells(workbook: ExcelJS.Workbook, range: string): ExcelJS.Cell[] {
  const m = /^'(.+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(range)!;
  const ws = workbook.getWorksheet(m[1].replace(/''/g, "'"))!;
  const out: ExcelJS.Cell[] = [];
  for (let r = Number(m[3]); r <= Number(m[5]); r++) out.push(ws.getCell(`${m[2]}${r}`));
  return out;
}

describe("the report workbook written by the CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "shnor-report-"));
  const out = join(dir, "report.xlsx");
  let workbook: ExcelJS.Workbook;
  let zip: JSZip;

  beforeAll(async () => {
    expect(await runReport({ input: DEMO_PATH, out, asOf: "2022-03-31", quiet: true })).toBe(0);
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    zip = await JSZip.loadAsync(readFileSync(out));
  });

  it("reopens with all eight sheets", () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(REPORT_SHEETS);
  });

  it("keeps shares as numbers with a % format and freezes the header rows", () => {
    const kpk = workbook.getWorksheet("КПК")!;
    const share = kpk.getCell("E5");
    expect(typeof share.value).toBe("number");
    expect(share.numFmt).toBe("0.0%");
    expect(kpk.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
  });

  it("holds native chart parts whose series reference existing, filled ranges", async () => {
    const parts = Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const part of parts) {
      const xml = await zip.file(part)!.async("string");
      const formulas = [...xml.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) =>
        m[1].replace(/&apos;/g, "'").replace(/&amp;/g, "&"),
      );
      expect(formulas).toHaveLength(2);
      const [categories, values] = formulas.map((f) => cells(workbook, f));
      expect(categories.length).toBe(values.length);
      expect(categories.every((c) => typeof c.value === "string" && c.value.length > 0)).toBe(true);
      expect(values.every((c) => typeof c.value === "number")).toBe(true);
    }
  });

  it("anchors each chart through a drawing referenced by its sheet", async () => {
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    const withDrawing = [];
    for (const name of sheets)
      if ((await zip.file(name)!.async("string")).includes("<drawing r:id="))
        withDrawing.push(name);
    expect(withDrawing.length).toBeGreaterThanOrEqual(2);
  });
});
