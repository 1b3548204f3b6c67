import type ExcelJS from "exceljs";
import { writeFile } from "fs/promises";
import JSZip from "jszip";
import { PALETTE, type ReportModel } from "../engine";
import { addCharts, type SheetCharts } from "./charts/addCharts";
import { renderXlsx } from "./renderXlsx";
import { writeZip, type ZipPart } from "./xlsx/writeZip";

/** Parses `'Лист'!$B$5:$B$9` into its sheet and cells. */
function parseRange(range: string): { sheet: string; col: string; first: number; last: number } {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(range);
  if (!m) throw new Error(`Unsupported chart range ${range}`);
  return { sheet: m[1].replace(/''/g, "'"), col: m[2], first: Number(m[3]), last: Number(m[5]) };
}

function readColumn(workbook: ExcelJS.Workbook, range: string): ExcelJS.CellValue[] {
  const { sheet, col, first, last } = parseRange(range);
  const ws = workbook.getWorksheet(sheet)!;
  const values: ExcelJS.CellValue[] = [];
  for (let r = first; r <= last; r++) values.push(ws.getCell(`${col}${r}`).value);
  return values;
}

/** The charts of every sheet, each with the values its series show now. */
function chartsOf(model: ReportModel, workbook: ExcelJS.Workbook): SheetCharts[] {
  return model.sheets.map((sheet) => ({
    sheet: sheet.name,
    charts: sheet.charts.map((spec) => ({
      spec,
      colors: spec.colors ?? PALETTE.series,
      cache: {
        categories: readColumn(workbook, spec.categories).map((v) =>
          v === null || v === undefined ? "" : String(v),
        ),
        values: readColumn(workbook, spec.values).map((v) => (typeof v === "number" ? v : null)),
      },
    })),
  }));
}

/**
 * Renders the report model to an .xlsx file with native charts. ExcelJS packs the parts
 * without compressing them; they are deflated once, by zlib, when the file is written.
 */
export async function writeReportFile(model: ReportModel, path: string): Promise<void> {
  const workbook = renderXlsx(model);
  const stored = { zip: { compression: "STORE" } } as Partial<ExcelJS.XlsxWriteOptions>;
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer(stored));
  await addCharts(zip, chartsOf(model, workbook));
  await writeFile(path, writeZip(await partsOf(zip)));
}

/** The files of a package in its order, folders left out. */
async function partsOf(zip: JSZip): Promise<ZipPart[]> {
  const files: JSZip.JSZipObject[] = [];
  zip.forEach((_, file) => {
    if (!file.dir) files.push(file);
  });
  return Promise.all(
    files.map(async (file) => ({ name: file.name, data: await file.async("uint8array") })),
  );
}
