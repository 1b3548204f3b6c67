import { writeFileSync } from "fs";
import { join } from "path";
import { readContentXml } from "../../src/cli/ods/readContentXml";
import { readWorkbook } from "../../src/cli/readWorkbook";
import { SharedCells, type CellValue, type WorkbookInput } from "../../src/engine";
import { DEMO_PATH, loadWorkbook, run, SOCIAL_PATH } from "../helpers/loadDemo";
import { odsContent, odsFile } from "../helpers/odsFile";
import { useTempDir } from "../helpers/tempDir";
import { rowsOf } from "../helpers/workbook";

const tempDir = useTempDir("read-ods");

/** The sheets of a workbook as arrays of rows, for comparing. */
function sheetsOf(workbook: WorkbookInput) {
  return workbook.sheets.map((sheet) => ({ name: sheet.name, rows: rowsOf(sheet) }));
}

/** The rows of the one sheet of a hand-written table, read as the CLI reads `content.xml`. */
function rowsOfTable(table: string, sliceBytes?: number): (readonly CellValue[] | undefined)[] {
  const sheets = readContentXml(Buffer.from(odsContent(table)), new SharedCells(), sliceBytes);
  expect(sheets).toHaveLength(1);
  return rowsOf(sheets[0]);
}

const FLOAT = (value: number) =>
  `<table:table-cell office:value-type="float" office:value="${value}" calcext:value-type="float"><text:p>${value}</text:p></table:table-cell>`;

describe("an .ods workbook gives what the same .xlsx gives", () => {
  it.each([
    ["the demo district", DEMO_PATH],
    ["the district with social data", SOCIAL_PATH],
  ])("%s saved as .ods: the same sheets and cells, the same results", async (_what, path) => {
    const xlsx = await loadWorkbook(path);
    const ods = join(tempDir(), "district.ods");
    writeFileSync(ods, odsFile(sheetsOf(xlsx)));
    const read = (await readWorkbook(ods)).workbook;
    expect(sheetsOf(read)).toEqual(sheetsOf(xlsx));
    expect(JSON.stringify(run(read))).toBe(JSON.stringify(run(xlsx)));
  });

  it("reads an .ods by its content, whatever its name says", async () => {
    const path = join(tempDir(), "saved-as-ods.xlsx");
    writeFileSync(path, odsFile([{ name: "ОО", rows: [["Наименование ОО"], ["СОШ №1"]] }]));
    expect(sheetsOf((await readWorkbook(path)).workbook)).toEqual([
      { name: "ОО", rows: [["Наименование ОО"], ["СОШ №1"]] },
    ]);
  });
});

describe("readContentXml: each value type as the .xlsx cell of that type", () => {
  const cell = (attributes: string, text = "") =>
    `<table:table-cell ${attributes}><text:p>${text}</text:p></table:table-cell>`;
  it.each<[what: string, xml: string, value: CellValue]>([
    ["a float", FLOAT(12.5), 12.5],
    [
      "a percentage as its fraction",
      cell('office:value-type="percentage" office:value="0.621"', "62,1 %"),
      { percent: 0.621 },
    ],
    [
      "a currency as its number",
      cell('office:value-type="currency" office:currency="RUB" office:value="1500"', "1 500 ₽"),
      1500,
    ],
    [
      "a date as its midnight, UTC",
      cell('office:value-type="date" office:date-value="2022-03-31"', "31.03.2022"),
      new Date(Date.UTC(2022, 2, 31)),
    ],
    [
      "a date with a time",
      cell('office:value-type="date" office:date-value="2022-03-31T10:15:30"', "31.03.22 10:15"),
      new Date(Date.UTC(2022, 2, 31, 10, 15, 30)),
    ],
    [
      "a time as that time on 30.12.1899",
      cell('office:value-type="time" office:time-value="PT12H30M00S"', "12:30"),
      new Date(Date.UTC(1899, 11, 30, 12, 30)),
    ],
    ["a true", cell('office:value-type="boolean" office:boolean-value="true"', "ИСТИНА"), true],
    ["a false", cell('office:value-type="boolean" office:boolean-value="false"', "ЛОЖЬ"), false],
    ["a string", cell('office:value-type="string"', "СОШ №1"), "СОШ №1"],
    [
      "a string of several paragraphs, joined by line breaks",
      '<table:table-cell office:value-type="string"><text:p>МБОУ</text:p><text:p>«СОШ №1»</text:p></table:table-cell>',
      "МБОУ\n«СОШ №1»",
    ],
    [
      "runs of spaces, spans, links, tabs and line breaks",
      cell(
        'office:value-type="string"',
        'A <text:s text:c="2"/>B<text:tab/><text:span text:style-name="T1">C</text:span><text:line-break/><text:a xlink:href="x">D</text:a>',
      ),
      "A   B\tC\nD",
    ],
    [
      "white space of the XML, a space as ODF reads it",
      cell('office:value-type="string"', "СОШ\n   №1"),
      "СОШ №1",
    ],
    [
      "references in the text",
      cell('office:value-type="string"', "&lt;Школа&gt; &amp; &#8470;1"),
      "<Школа> & №1",
    ],
    [
      "a comment left out of the text",
      '<table:table-cell office:value-type="string"><office:annotation><text:p>проверить</text:p></office:annotation><text:p>СОШ №1</text:p></table:table-cell>',
      "СОШ №1",
    ],
    [
      "a formula's error as an error cell",
      cell(
        'table:formula="of:=1/0" office:value-type="float" office:value="0" calcext:value-type="error"',
        "#DIV/0!",
      ),
      { error: "#DIV/0!" },
    ],
    [
      "a formula with > in its attribute",
      cell('table:formula="of:=IF([.A1]>0;1;0)" office:value-type="float" office:value="1"', "1"),
      1,
    ],
    [
      "a cell without a type but with text",
      "<table:table-cell><text:p>н/д</text:p></table:table-cell>",
      "н/д",
    ],
  ])("reads %s", (_what, xml, value) => {
    const rows = rowsOfTable(
      `<table:table table:name="ОО"><table:table-row>${xml}</table:table-row></table:table>`,
    );
    expect(rows).toEqual([[value]]);
  });

  it("keeps a run of spaces within the 32 767 characters a cell holds", () => {
    const [row] = rowsOfTable(
      `<table:table table:name="Л"><table:table-row><table:table-cell office:value-type="string">` +
        `<text:p>А<text:s text:c="1000000000"/></text:p></table:table-cell></table:table-row></table:table>`,
    );
    expect(row![0]).toBe("А" + " ".repeat(32_767));
  });

  it("gives equal percent and date cells one object each, as the .xlsx reader does", () => {
    const date = '<table:table-cell office:value-type="date" office:date-value="2022-03-31"/>';
    const percent = '<table:table-cell office:value-type="percentage" office:value="0.5"/>';
    const [row] = rowsOfTable(
      `<table:table table:name="Л"><table:table-row>${date}${date}${percent}${percent}</table:table-row></table:table>`,
    );
    expect(row![0]).toBe(row![1]);
    expect(row![2]).toBe(row![3]);
  });
});

describe("readContentXml: repeated, covered and empty places", () => {
  it("repeats a row and a cell as many times as they say", () => {
    const rows = rowsOfTable(
      `<table:table table:name="Л"><table:table-row table:number-rows-repeated="3">` +
        `<table:table-cell table:number-columns-repeated="2" office:value-type="float" office:value="7"/>` +
        `<table:table-cell/>${FLOAT(8)}</table:table-row></table:table>`,
    );
    expect(rows).toEqual([
      [7, 7, undefined, 8],
      [7, 7, undefined, 8],
      [7, 7, undefined, 8],
    ]);
  });

  it("keeps empty rows between rows, and costs nothing for the empty rows and cells to the sheet's end", () => {
    const started = Date.now();
    const rows = rowsOfTable(
      `<table:table table:name="Л"><table:table-row>${FLOAT(1)}` +
        `<table:table-cell table:number-columns-repeated="16383"/></table:table-row>` +
        `<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>` +
        `<table:table-row>${FLOAT(2)}</table:table-row>` +
        `<table:table-row table:number-rows-repeated="1048572"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>` +
        `</table:table>`,
    );
    expect(rows).toEqual([[1], [], [], [2]]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("stops a repeated value at the 16 384th column and the 1 048 576th row", () => {
    const rows = rowsOfTable(
      `<table:table table:name="Л"><table:table-row table:number-rows-repeated="1048575"><table:table-cell/></table:table-row>` +
        `<table:table-row table:number-rows-repeated="5">` +
        `<table:table-cell table:number-columns-repeated="16383"/>` +
        `<table:table-cell table:number-columns-repeated="10" office:value-type="float" office:value="3"/>` +
        `</table:table-row></table:table>`,
    );
    expect(rows).toHaveLength(1_048_576);
    expect(rows[1_048_575]).toHaveLength(16_384);
    expect(rows[1_048_575]![16_383]).toBe(3);
  });

  it("gives merged cells the first cell's value, as a merged range of .xlsx does", () => {
    const rows = rowsOfTable(
      `<table:table table:name="Л"><table:table-row>` +
        `<table:table-cell table:number-columns-spanned="2" table:number-rows-spanned="2" office:value-type="string"><text:p>СОШ №1</text:p></table:table-cell>` +
        `<table:covered-table-cell/>${FLOAT(5)}</table:table-row>` +
        `<table:table-row><table:covered-table-cell table:number-columns-repeated="2"/>${FLOAT(6)}</table:table-row>` +
        `</table:table>`,
    );
    expect(rows).toEqual([
      ["СОШ №1", "СОШ №1", 5],
      ["СОШ №1", "СОШ №1", 6],
    ]);
  });

  it("reads every sheet by its name, an empty one too, and the same in slices of any size", () => {
    const content = Buffer.from(
      odsContent(
        `<table:table table:name="ОО &amp; филиалы"><table:table-header-rows><table:table-row>` +
          `<table:table-cell office:value-type="string"><text:p>Наименование ОО</text:p></table:table-cell>` +
          `</table:table-row></table:table-header-rows><table:table-row>${FLOAT(1)}</table:table-row>` +
          `<table:table-row>${FLOAT(2)}</table:table-row></table:table>` +
          `<table:table table:name="Пустой"/>`,
      ),
    );
    const whole = readContentXml(content, new SharedCells());
    expect(whole.map((sheet) => ({ name: sheet.name, rows: rowsOf(sheet) }))).toEqual([
      { name: "ОО & филиалы", rows: [["Наименование ОО"], [1], [2]] },
      { name: "Пустой", rows: [] },
    ]);
    for (const sliceBytes of [1, 100, 400])
      expect(readContentXml(content, new SharedCells(), sliceBytes)).toEqual(whole);
  });
});

describe("an .ods the CLI cannot read says why", () => {
  it.each<[what: string, file: () => Buffer, message: string]>([
    [
      "saved with a password",
      () =>
        odsFile([], { manifest: '<manifest:encryption-data manifest:checksum-type="SHA1/1K"/>' }),
      "таблица OpenDocument (.ods) защищена паролем; откройте её в LibreOffice Calc и сохраните без пароля (можно сразу как .xlsx)",
    ],
    [
      "with an entity XML does not define",
      () =>
        odsFile([], {
          content: odsContent(
            `<table:table table:name="ОО"><table:table-row><table:table-cell office:value-type="string">` +
              `<text:p>&nbsp;</text:p></table:table-cell></table:table-row></table:table>`,
          ),
        }),
      "таблица OpenDocument (.ods) повреждена или не читается; откройте её в LibreOffice Calc и сохраните заново",
    ],
  ])("%s", async (_what, file, message) => {
    const path = join(tempDir(), "refused.ods");
    writeFileSync(path, file());
    await expect(readWorkbook(path)).rejects.toThrow(message);
  });
});
