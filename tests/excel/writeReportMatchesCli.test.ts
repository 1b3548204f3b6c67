import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runReport } from "../../src/cli/runReport";
import { analyze, buildReport, type ReportModel } from "../../src/engine";
import { columnPoints } from "../../src/excel/queueSheetLayout";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { writeReport } from "../../src/excel/writeReport";
import { DEMO_PATH, SOCIAL_PATH } from "../helpers/loadDemo";
import { runWithFake } from "./fake/FakeExcel";
import type { FakeSheet, FakeWorkbook } from "./fake/FakeWorkbook";
import { demoFake } from "./helpers/demoFake";

// The add-in and the CLI must write the same report (SPEC 6.1). The only differences allowed,
// each applied below where it arises:
//  1. Dates: the CLI's file holds them as dates that ExcelJS reads back as `Date`s; the add-in
//     writes Excel serials. Both are the same cell in Excel; compared as serials.
//  2. Text that Excel would read as a number, date or formula carries the quote prefix in the
//     add-in; its value is the same text.
const AS_OF = "2022-03-31";
const MS_PER_DAY = 86_400_000;

type Plain = string | number | boolean | null;

function cliValue(value: ExcelJS.CellValue): Plain {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + 25569; // difference 1
  if (typeof value === "object") throw new Error(`unexpected cell ${JSON.stringify(value)}`);
  return value;
}

/** Every cell that differs between the CLI's sheet and the add-in's, as readable lines. */
function cellDifferences(cli: ExcelJS.Worksheet, addIn: FakeSheet): string[] {
  const box = addIn.usedBox(false);
  const rows = Math.max(cli.rowCount, box ? box.row + box.rows : 0);
  const cols = Math.max(cli.columnCount, box ? box.col + box.cols : 0);
  const differences: string[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const cell = cli.getCell(r + 1, c + 1);
      const expected = { value: cliValue(cell.value), format: cell.numFmt || "General" };
      const actual = { value: addIn.value(r, c) ?? null, format: addIn.numberFormat(r, c) };
      if (addIn.formula(r, c) !== undefined) differences.push(`${cell.address}: a formula`);
      if (JSON.stringify(expected) !== JSON.stringify(actual)) {
        differences.push(
          `${cell.address}: CLI ${JSON.stringify(expected)}, add-in ${JSON.stringify(actual)}`,
        );
      }
    }
  }
  return differences;
}

/** `'КПК'!$E$5:$E$26` and `КПК!E5:E26` alike. */
function plainReference(reference: unknown): string {
  return String(reference)
    .replace(/\$/g, "")
    .replace(/^'(.*)'!/, "$1!");
}

interface Written {
  readonly cli: ExcelJS.Workbook;
  readonly chartXml: string[];
  readonly fake: FakeWorkbook;
  readonly model: ReportModel;
}

async function writeBoth(input: string, dir: string, budgetBytes?: number): Promise<Written> {
  const out = join(dir, `${budgetBytes ?? "report"}.xlsx`);
  await runReport({ input, out, quiet: true, asOf: AS_OF, today: AS_OF });
  const cli = new ExcelJS.Workbook();
  await cli.xlsx.readFile(out);
  const zip = await JSZip.loadAsync(readFileSync(out));
  const chartXml = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))
      .sort()
      .map((name) => zip.file(name)!.async("string")),
  );
  // The add-in's way: read the open workbook, analyse, write into the same workbook.
  const fake = await demoFake(undefined, input);
  const read = await runWithFake(fake, readWorkbook);
  const outcome = analyze(read.workbook, { today: AS_OF, asOf: AS_OF });
  if (outcome.kind !== "ok") throw new Error(outcome.message);
  const model = buildReport(outcome.results);
  await runWithFake(fake, (context) => writeReport(context, model, { budgetBytes }));
  return { cli, chartXml, fake, model };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "shnor-addin-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each([
  ["the demo", DEMO_PATH, undefined],
  ["the social example", SOCIAL_PATH, undefined],
  // The layout of every sheet goes with the first values: 70 KB holds the demo's and its first rows.
  ["the demo in 70 KB requests", DEMO_PATH, 70_000],
])("the report of %s written through Office.js", (_name, input, budgetBytes) => {
  let written: Written;
  beforeAll(async () => {
    written = await writeBoth(input, dir, budgetBytes);
  });

  it("keeps every request within the budget", () => {
    const budget = budgetBytes ?? 4_000_000;
    expect(written.fake.maxRequestBytes()).toBeLessThanOrEqual(budget);
    if (budgetBytes) expect(written.fake.stats.requests.length).toBeGreaterThan(10);
  });

  it("has the CLI's sheets in the CLI's order, after the user's sheets", () => {
    const names = written.cli.worksheets.map((ws) => ws.name);
    expect(written.fake.sheets.map((s) => s.name).slice(-names.length)).toEqual(names);
  });

  it("has the same cells as the CLI's .xlsx, value for value and format for format", () => {
    for (const ws of written.cli.worksheets) {
      expect({
        sheet: ws.name,
        differences: cellDifferences(ws, written.fake.sheet(ws.name)),
      }).toEqual({
        sheet: ws.name,
        differences: [],
      });
    }
  });

  it("has the CLI's column widths, row heights and frozen rows", () => {
    for (const ws of written.cli.worksheets) {
      const sheet = written.fake.sheet(ws.name);
      const widths = (ws.columns ?? []).map((c) => (c.width ? columnPoints(c.width) : undefined));
      expect([...sheet.columnWidths].sort(([a], [b]) => a - b).map(([, w]) => w)).toEqual(widths);
      ws.eachRow((row, r) => {
        if (row.height) expect([r, sheet.rowHeights.get(r - 1)]).toEqual([r, row.height]);
      });
      const frozen = (ws.views ?? []).find((v) => v.state === "frozen") as
        { ySplit?: number } | undefined;
      expect(sheet.freezeRows).toBe(frozen?.ySplit ?? 0);
    }
  });

  it("prints A4 in the CLI's orientation, one page wide, with the header row on every page", () => {
    for (const ws of written.cli.worksheets) {
      const layout = written.fake.sheet(ws.name).pageLayout;
      expect(layout.paperSize).toBe("A4");
      expect(String(layout.orientation).toLowerCase()).toBe(ws.pageSetup.orientation);
      if (ws.pageSetup.fitToPage)
        expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
      const titles = ws.pageSetup.printTitlesRow;
      expect(layout.printTitleRows).toBe(titles ? titles.replace(/(\d+)/g, "$$$1") : undefined);
    }
  });

  it("shades headers and totals, draws borders and greys subtitles in the CLI's colours", () => {
    for (const ws of written.cli.worksheets) {
      const colours = written.fake
        .sheet(ws.name)
        .formats.filter((f) => /(^|\.)color$/.test(f.prop));
      expect(colours.length).toBeGreaterThan(0);
      for (const { address, prop, value } of colours) {
        const cell = ws.getCell(address.split(":")[0]);
        const argb = prop.startsWith("fill.")
          ? (cell.fill as ExcelJS.FillPattern).fgColor?.argb
          : prop.startsWith("font.")
            ? cell.font.color?.argb
            : cell.border.top?.color?.argb;
        expect([ws.name, address, prop, value]).toEqual([
          ws.name,
          address,
          prop,
          `#${argb?.slice(2)}`,
        ]);
      }
    }
  });

  it("has the conditional formats of the CLI on the same ranges", () => {
    for (const ws of written.cli.worksheets) {
      // ExcelJS reads conditional formats back but does not declare them in its types.
      const formats = (ws as unknown as { conditionalFormattings?: { ref: string }[] })
        .conditionalFormattings;
      const cli = (formats ?? []).map((f) => f.ref).sort();
      expect(
        written.fake
          .sheet(ws.name)
          .conditionalFormats.map((f) => f.address)
          .sort(),
      ).toEqual(cli);
    }
  });

  it("draws the CLI's charts over the same cells, with their titles", () => {
    const charts = written.fake.sheets.flatMap((s) => s.charts);
    expect(charts).toHaveLength(written.chartXml.length);
    charts.forEach((chart, i) => {
      const refs = [...written.chartXml[i].matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) =>
        plainReference(m[1].replace(/&apos;/g, "'")),
      );
      expect([
        plainReference(chart.props["series[0].categories"]),
        plainReference(chart.props["series[0].values"]),
      ]).toEqual(refs);
      expect(written.chartXml[i]).toContain(`<a:t>${chart.props["title.text"]}</a:t>`);
    });
  });

  it("breaks pages where the model says", () => {
    for (const sheet of written.model.sheets) {
      const breaks = (sheet.pageBreaks ?? []).filter((row) => row > 0);
      expect(written.fake.sheet(sheet.name).pageBreaks).toEqual(breaks);
    }
  });
});
