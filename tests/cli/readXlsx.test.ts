import { rowsOf } from "../helpers/workbook";
import ExcelJS from "exceljs";
import { readdirSync, statSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { readWithExcelJs, readWorkbook } from "../../src/cli/readWorkbook";
import { readXlsx } from "../../src/cli/xlsx/readXlsx";
import { analyze, type WorkbookInput } from "../../src/engine";
import { writeMalformed } from "../fixtures/malformed/make-malformed";
import { useFisokoFixtures } from "../helpers/fisoko";
import { useTempDir } from "../helpers/tempDir";
import { DEMO_PATH, SOCIAL_PATH } from "../helpers/loadDemo";

const fisoko = useFisokoFixtures();
const tempDir = useTempDir("read-xlsx");
let malformed: Record<string, string>;

beforeAll(async () => {
  malformed = await writeMalformed(join(tempDir(), "malformed"));
});

/** The .xlsx files under a path, a file itself included. */
function xlsxFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return path.endsWith(".xlsx") ? [path] : [];
  return readdirSync(path).flatMap((name) => xlsxFiles(join(path, name)));
}

/** A workbook as compared: empty places and missing rows spelled out, dates as their time. */
function comparable(workbook: WorkbookInput) {
  return workbook.sheets.map((sheet) => ({
    name: sheet.name,
    rows: Array.from(sheet.rows, (row) =>
      row === undefined
        ? "no row"
        : Array.from(row, (v) =>
            v === undefined ? "no cell" : v instanceof Date ? v.getTime() : v,
          ),
    ),
  }));
}

async function expectSameAsExcelJs(path: string, sliceBytes?: number): Promise<void> {
  const own = await readXlsx(path, sliceBytes);
  expect([path, own === null]).toEqual([path, false]);
  expect(comparable(own!)).toEqual(comparable(await readWithExcelJs(path)));
}

/** A workbook with what real files hold beside plain values, written by ExcelJS. */
async function writeRichWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("ОО");
  ws.getCell("A1").value = "Наименование ОО";
  ws.getCell("A2").value = {
    richText: [{ text: "МБОУ ", font: { bold: true } }, { text: "«СОШ №1»" }],
  };
  ws.getCell("B2").value = 0.467;
  ws.getCell("B2").numFmt = "0.0%";
  ws.getCell("C2").value = new Date(Date.UTC(2021, 5, 15));
  ws.getCell("C2").numFmt = "dd.mm.yyyy";
  ws.getCell("D2").value = { formula: "B2*2", result: 0.934 };
  ws.getCell("D2").numFmt = "0%";
  ws.getCell("E2").value = { formula: 'A2&"x"', result: "МБОУ & <x>" };
  ws.getCell("F2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("G2").value = { formula: "TRUE()", result: true };
  ws.getCell("H2").value = { formula: "TODAY()", result: new Date(Date.UTC(2022, 2, 31)) };
  ws.getCell("H2").numFmt = "yyyy-mm-dd";
  ws.getCell("I2").value = { formula: "NOW()" } as ExcelJS.CellFormulaValue;
  ws.getCell("J2").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("K2").value = "строка\r\nдва _x000D_ & < > \" '";
  ws.getCell("L2").value = "=SUM(A1)";
  ws.getCell("A3").value = "объединено";
  ws.mergeCells("A3:C4");
  ws.getCell("B5").value = 0.25;
  ws.getCell("B5").numFmt = "0%";
  ws.mergeCells("B5:B6");
  ws.getCell("B6").numFmt = "0.00";
  ws.getCell("A8").style = { font: { bold: true } };
  ws.getCell("A9").value = 44651;
  ws.getCell("A9").numFmt = "[$-419]d mmmm yyyy";
  ws.getCell("A10").value = -0;
  ws.getCell("AA11").value = "далеко";
  workbook.addWorksheet("Скрытый", { state: "hidden" }).getCell("A1").value = "скрытый";
  workbook.addWorksheet("Пустой").getCell("C3").numFmt = "0%";
  await workbook.xlsx.writeFile(path);
}

describe("readXlsx reads cells straight from the XML", () => {
  it("gives what ExcelJS's full reader gives, on the examples and every malformed workbook", async () => {
    const paths = [DEMO_PATH, SOCIAL_PATH, ...Object.values(malformed).flatMap(xlsxFiles)];
    const readable = paths.filter((p) => !/not-xlsx|truncated|encrypted|folder/.test(p));
    expect(readable.length).toBeGreaterThanOrEqual(17);
    for (const path of readable) await expectSameAsExcelJs(path);
  });

  it("gives what ExcelJS gives on the ФИС ОКО fixtures", async () => {
    const { district, districtTyped, exports, bad, demoExports } = fisoko();
    const paths = [district, districtTyped, ...[bad, exports, demoExports].flatMap(xlsxFiles)];
    expect(paths.length).toBeGreaterThan(8);
    for (const path of paths) await expectSameAsExcelJs(path);
  });

  it("reads formulas, rich text, merged cells, dates, percents, hidden sheets and line ends as ExcelJS does", async () => {
    const path = join(tempDir(), "rich.xlsx");
    await writeRichWorkbook(path);
    await expectSameAsExcelJs(path);
    const sheet = (await readXlsx(path))!.sheets[0];
    expect(rowsOf(sheet)[1]).toEqual([
      "МБОУ «СОШ №1»",
      { percent: 0.467 },
      new Date(Date.UTC(2021, 5, 15)),
      { percent: 0.934 },
      "МБОУ & <x>",
      { error: "#DIV/0!" },
      true,
      new Date(Date.UTC(2022, 2, 31)),
      null,
      { error: "#N/A" },
      "строка\nдва \r & < > \" '",
      "=SUM(A1)",
    ]);
    // A merged cell takes the first cell's value.
    expect(rowsOf(sheet)[3]).toEqual(["объединено", "объединено", "объединено"]);
    expect([rowsOf(sheet)[4]?.[1], rowsOf(sheet)[5]?.[1]]).toEqual([0.25, 0.25]);
  });

  it("decodes a sheet a few rows at a time without cutting a Cyrillic letter", async () => {
    // Slices of 100 bytes end inside nearly every name: only whole rows may be decoded.
    await expectSameAsExcelJs(DEMO_PATH, 100);
  });

  it("keeps a formula's result of 0 or FALSE, which ExcelJS's value leaves out", async () => {
    const path = join(tempDir(), "zero-formulas.xlsx");
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("ОО");
    ws.addRow(["Наименование ОО", "Педагогов", "Прошли КПК"]);
    ws.addRow(["МБОУ СОШ №1", 12, { formula: 'COUNTIF(Педагоги!D:D,"СОШ №1")', result: 0 }]);
    ws.addRow([
      "МБОУ СОШ №2",
      { formula: "FALSE()", result: false },
      { formula: '""', result: "" },
    ]);
    await workbook.xlsx.writeFile(path);
    await expectSameAsExcelJs(path);
    const rows = rowsOf((await readXlsx(path))!.sheets[0]);
    expect([rows[1]?.[2], rows[2]?.[1]]).toEqual([0, false]);
    const outcome = analyze((await readWorkbook(path)).workbook, { today: "2022-03-31" });
    if (outcome.kind !== "ok") throw new Error(outcome.message);
    expect(outcome.results.schools[0].kpk).toMatchObject({ completed: 0, total: 12, share: 0 });
  });

  it("leaves hyperlinks, 1904 dates, CDATA and broken parts to ExcelJS, which still reads them", async () => {
    const links = join(tempDir(), "links.xlsx");
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("ОО");
    ws.getCell("A1").value = { text: "Наименование ОО", hyperlink: "http://example.org" };
    ws.getCell("A2").value = "МБОУ СОШ №1";
    await workbook.xlsx.writeFile(links);
    expect(await readXlsx(links)).toBeNull();
    expect(rowsOf((await readWorkbook(links)).workbook.sheets[0])).toEqual([
      ["Наименование ОО"],
      ["МБОУ СОШ №1"],
    ]);

    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const book = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", book.replace("<workbookPr", '<workbookPr date1904="1"'));
    const dates1904 = join(tempDir(), "dates-1904.xlsx");
    writeFileSync(dates1904, await zip.generateAsync({ type: "nodebuffer" }));
    expect(await readXlsx(dates1904)).toBeNull();

    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/workbook.xml", book);
    zip.file("xl/worksheets/sheet1.xml", sheet.replace(/<v>(\d+)<\/v>/, "<v><![CDATA[$1]]></v>"));
    const cdata = join(tempDir(), "cdata.xlsx");
    writeFileSync(cdata, await zip.generateAsync({ type: "nodebuffer" }));
    expect(sheet).toMatch(/<v>\d+<\/v>/);
    expect(await readXlsx(cdata)).toBeNull();

    zip.file("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=");
    const broken = join(tempDir(), "broken-sheet.xlsx");
    writeFileSync(broken, await zip.generateAsync({ type: "nodebuffer" }));
    expect(await readXlsx(broken)).toBeNull();
  });

  it("gives null for a text file, a cut zip and an encrypted package: ExcelJS's reading explains", async () => {
    for (const file of ["not-xlsx.xlsx", "truncated.xlsx", "encrypted.xlsx"]) {
      expect(await readXlsx(malformed[file])).toBeNull();
      await expect(readWorkbook(malformed[file])).rejects.toThrow(/xlsx|пароль|повреждён/);
    }
  });
});
