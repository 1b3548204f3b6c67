import { writeFileSync } from "fs";
import { join } from "path";
import { csvCellValue } from "../../src/cli/csv/csvCellValue";
import { csvRows } from "../../src/cli/csv/csvRows";
import { decodeText } from "../../src/cli/csv/decodeText";
import { readCsv } from "../../src/cli/csv/readCsv";
import { readWorkbook } from "../../src/cli/readWorkbook";
import { SharedCells, type CellValue } from "../../src/engine";
import { csvFile, encode, type CsvStyle } from "../helpers/csvFile";
import { useTempDir } from "../helpers/tempDir";
import { rowsOf } from "../helpers/workbook";

const tempDir = useTempDir("read-csv");

/** The head of Педагоги and one teacher, with what a real file holds: «», №, Ё, a comma, a quote. */
const TEACHERS: readonly (readonly CellValue[])[] = [
  ["ФИО", "ОО", "Должность", "Часы", "Дата окончания"],
  [
    "Ёлкина Анна Петровна",
    'МБОУ «СОШ №1», "филиал"',
    "учитель",
    72,
    new Date(Date.UTC(2022, 2, 31)),
  ],
];

describe("readCsv: one sheet named after the file, in every encoding and separator", () => {
  it.each<[what: string, style: CsvStyle]>([
    ["UTF-8 with ;", { separator: ";", encoding: "utf-8" }],
    ["UTF-8 with a byte order mark", { separator: ";", encoding: "utf-8-bom" }],
    ["Windows-1251, as Russian Excel saves it", { separator: ";", encoding: "windows-1251" }],
    ["Windows-1251 with ,", { separator: ",", encoding: "windows-1251" }],
    ["UTF-8 with ,", { separator: ",", encoding: "utf-8" }],
    ["UTF-8 with tabs", { separator: "\t", encoding: "utf-8" }],
    ["UTF-16 with tabs, as Excel's «Текст Юникод»", { separator: "\t", encoding: "utf-16le" }],
  ])("reads %s", async (_what, style) => {
    const path = join(tempDir(), "Педагоги.csv");
    writeFileSync(path, csvFile(TEACHERS, style));
    const sheet = await readCsv(path);
    expect(sheet.name).toBe("Педагоги");
    expect(rowsOf(sheet)).toEqual(TEACHERS);
  });

  it("is read by readWorkbook as a workbook of that one sheet", async () => {
    const path = join(tempDir(), "ОО.csv");
    writeFileSync(path, encode("Наименование ОО;Доля\r\nСОШ №1;62,1 %\r\n", "windows-1251"));
    const { workbook } = await readWorkbook(path);
    expect(workbook.sheets.map((sheet) => [sheet.name, rowsOf(sheet)])).toEqual([
      [
        "ОО",
        [
          ["Наименование ОО", "Доля"],
          ["СОШ №1", { percent: 0.621 }],
        ],
      ],
    ]);
  });
});

describe("decodeText tells UTF-8 from Windows-1251", () => {
  it.each<[what: string, bytes: number[], text: string]>([
    ["UTF-8", [0xd0, 0xa8, 0xd0, 0x9d, 0xd0, 0x9e, 0xd0, 0xa0], "ШНОР"],
    ["UTF-8 after its mark", [0xef, 0xbb, 0xbf, 0xd0, 0x9e, 0xd0, 0x9e], "ОО"],
    ["Windows-1251: bytes that are no UTF-8", [0xd8, 0xcd, 0xce, 0xd0], "ШНОР"],
    ["Windows-1251 with №, Ё and «»", [0xb9, 0xa8, 0xab, 0xbb], "№Ё«»"],
    ["ASCII alike in both", [0x41, 0x3b, 0x31], "A;1"],
  ])("%s", (_what, bytes, text) => {
    expect(decodeText(Buffer.from(bytes))).toBe(text);
  });
});

describe("csvRows reads fields as RFC 4180 has them", () => {
  it.each<[what: string, text: string, rows: string[][]]>([
    [
      "; in the header",
      "a;b,c\n1;2,5\n",
      [
        ["a", "b,c"],
        ["1", "2,5"],
      ],
    ],
    [
      ", in the header",
      "a,b,c;d\n1,2,3\n",
      [
        ["a", "b", "c;d"],
        ["1", "2", "3"],
      ],
    ],
    [
      "tabs in the header",
      "a\tb\n1\t2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    ["; winning a tie with ,", "Школа;Доля, %\n", [["Школа", "Доля, %"]]],
    ["separators inside quotes not counted", '"a;b;c",d,e\n', [["a;b;c", "d", "e"]]],
    [
      "a title line above the header, the header deciding",
      "Список школ\r\nШкола,Доля\r\n",
      [["Список школ"], ["Школа", "Доля"]],
    ],
    ["a first line sep=, as Excel writes it", "sep=,\r\na;b,c\r\n", [["a;b", "c"]]],
    ["doubled quotes", '"СОШ ""Гимназия""";1\n', [['СОШ "Гимназия"', "1"]]],
    ["a line break in quotes", '"МБОУ\r\nСОШ №1";1\r\n', [["МБОУ\r\nСОШ №1", "1"]]],
    ["empty fields and an empty line", "a;;b\n\n;c;\n", [["a", "", "b"], [""], ["", "c", ""]]],
    [
      "CR line ends",
      "a;b\r1;2\r",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "no line end at the end",
      "a;b\n1;2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    ["an unclosed quote taking the rest", 'a;"b\n1;2', [["a", "b\n1;2"]]],
    ["text after a closing quote", '"a"b;c\n', [["ab", "c"]]],
  ])("%s", (_what, text, rows) => {
    expect([...csvRows(text)]).toEqual(rows);
  });
});

describe("csvCellValue makes the cell Excel makes of a field", () => {
  const shared = new SharedCells();
  it.each<[text: string, value: CellValue]>([
    ["12", 12],
    ["12,5", 12.5],
    ["12.5", 12.5],
    ["-3,25", -3.25],
    ["1 245", 1245],
    ["1\u00a0245,5", 1245.5],
    ["62,1 %", { percent: 0.621 }],
    ["18,2%", { percent: 0.182 }],
    ["100 %", { percent: 1 }],
    ["9,523809523809523 %", { percent: 0.09523809523809523 }],
    ["\u22125", -5],
    ["31.03.2022", new Date(Date.UTC(2022, 2, 31))],
    ["01.09.2021", new Date(Date.UTC(2021, 8, 1))],
    ["2022-03-31", new Date(Date.UTC(2022, 2, 31))],
    ["31.02.2022", "31.02.2022"],
    ["ИСТИНА", true],
    ["ЛОЖЬ", false],
    ["007", "007"],
    ["0", 0],
    ["0,5", 0.5],
    ["", null],
    ["   ", null],
    ["н/д", "н/д"],
    ["#Н/Д", "#Н/Д"],
    ["СОШ №1", "СОШ №1"],
    [" 12 ", 12],
    ["2021/2022", "2021/2022"],
    ["+7 999 123-45-67", "+7 999 123-45-67"],
  ])("«%s»", (text, value) => {
    expect(csvCellValue(text, shared)).toEqual(value);
  });
});
