import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "fs";
import { join } from "path";
import { CliError, runReport, type RunOptions } from "../../src/cli/runReport";
import { DEMO_PATH } from "../helpers/loadDemo";
import { runCli } from "../helpers/runCli";
import { useTempDir } from "../helpers/tempDir";
import type { Results } from "../../src/engine";
import {
  DATE_STYLES,
  sheetDataXml,
  statePackedSize,
  understateSize,
  xlsxBytes,
  type XlsxCell,
} from "../helpers/xlsxBytes";

const HEADER: XlsxCell[] = ["Наименование ОО", "Численность педагогических работников"];
const SCHOOLS: XlsxCell[][] = [HEADER, ["СОШ №1", 40], ["СОШ №2", 35]];

/** ОО whose second school sits at a cell given as the sheet XML names it. */
function schoolAt(reference: string): string {
  return (
    `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Наименование ОО</t></is></c></row>` +
    `<row r="2"><c r="${reference}" t="inlineStr"><is><t>СОШ №1</t></is></c></row></sheetData>`
  );
}

// A hyperlink after the cells makes the fast reader leave the file to ExcelJS's.
const HYPERLINK = `<hyperlinks><hyperlink ref="A2" display="сайт"/></hyperlinks>`;

const DAMAGED_SIZE =
  "файл повреждён: размер данных внутри архива книги не совпадает с указанным в архиве";
const beyond = (reference: string) =>
  `файл повреждён: ссылка на ячейку «${reference}» за пределами листа Excel (последняя ячейка — XFD1048576)`;

/** A damaged workbook: how it is made and why the CLI refuses it. */
interface DamagedCase {
  readonly defect: string;
  readonly bytes: () => Buffer;
  readonly reason: string;
}

const DAMAGED: readonly DamagedCase[] = [
  {
    defect: "a sheet unpacking to far more than its zip entry says (a zip bomb)",
    bytes: () =>
      understateSize(
        xlsxBytes([{ name: "ОО", rows: [...SCHOOLS, ...Array(20_000).fill(["СОШ", 1])] }]),
        "xl/worksheets/sheet1.xml",
        1_000,
      ),
    reason: DAMAGED_SIZE,
  },
  {
    defect: "a sheet whose zip entry says it is larger than it unpacks to",
    bytes: () =>
      understateSize(xlsxBytes([{ name: "ОО", rows: SCHOOLS }]), "xl/worksheets/sheet1.xml", 1e6),
    reason: DAMAGED_SIZE,
  },
  {
    defect: "a part only ExcelJS's reader unpacks, understated",
    bytes: () =>
      understateSize(
        xlsxBytes([{ name: "ОО", rows: SCHOOLS, tailXml: HYPERLINK }], {
          "docProps/app.xml": `<Properties>${" ".repeat(100_000)}</Properties>`,
        }),
        "docProps/app.xml",
        100,
      ),
    reason: DAMAGED_SIZE,
  },
  {
    defect: "a sheet whose packed size runs 4 GB past the file's end",
    bytes: () =>
      statePackedSize(
        xlsxBytes([{ name: "ОО", rows: SCHOOLS }]),
        "xl/worksheets/sheet1.xml",
        0xfffffff0,
      ),
    reason: "файл повреждён: архив книги обрывается раньше конца своих данных",
  },
  {
    defect: "a cell at A2147483647",
    bytes: () => xlsxBytes([{ name: "ОО", sheetDataXml: schoolAt("A2147483647") }]),
    reason: beyond("A2147483647"),
  },
  {
    defect: "a cell one row below the last",
    bytes: () => xlsxBytes([{ name: "ОО", sheetDataXml: schoolAt("A1048577") }]),
    reason: beyond("A1048577"),
  },
  {
    defect: "a cell one column right of the last",
    bytes: () => xlsxBytes([{ name: "ОО", sheetDataXml: schoolAt("XFE2") }]),
    reason: beyond("XFE2"),
  },
  {
    defect: "a cell reference that is no reference",
    bytes: () => xlsxBytes([{ name: "ОО", sheetDataXml: schoolAt("2A") }]),
    reason: beyond("2A"),
  },
  {
    defect: "a cell reference with a line break in it, quoted on one line",
    bytes: () => xlsxBytes([{ name: "ОО", sheetDataXml: schoolAt("A\n2") }]),
    reason: beyond("A\ufffd2"),
  },
  {
    defect: "a merged range reaching beyond the last row",
    bytes: () =>
      xlsxBytes([
        {
          name: "ОО",
          rows: SCHOOLS,
          tailXml: `<mergeCells count="1"><mergeCell ref="C1:C2147483647"/></mergeCells>`,
        },
      ]),
    reason: beyond("C2147483647"),
  },
  {
    defect: "a cell at A2147483647 on a sheet left to ExcelJS's reader",
    bytes: () =>
      xlsxBytes([{ name: "ОО", sheetDataXml: schoolAt("A2147483647"), tailXml: HYPERLINK }]),
    reason: beyond("A2147483647"),
  },
  {
    defect: "a sheet merged whole from C1 to XFD1048576",
    bytes: () =>
      xlsxBytes([
        {
          name: "ОО",
          rows: SCHOOLS,
          tailXml: `<mergeCells count="1"><mergeCell ref="C1:XFD1048576"/></mergeCells>`,
        },
      ]),
    reason:
      "на листе объединено больше миллиона ячеек (например, C1:XFD1048576); отмените лишние объединения и сохраните книгу",
  },
];

describe("a damaged or unreadably merged workbook is refused with one line naming the file (exit 1)", () => {
  const dir = useTempDir("damaged");

  it.each(DAMAGED.map((c) => [c.defect, c] as const))("%s", async (_defect, { bytes, reason }) => {
    const input = join(dir(), "damaged.xlsx");
    writeFileSync(input, bytes());
    const error = await runReport({ input, out: join(dir(), "r.xlsx"), quiet: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CliError);
    expect(error).toMatchObject({
      exitCode: 1,
      message: `Не удалось прочитать ${input}: ${reason}`,
    });
  });

  it("reads a sheet left to ExcelJS's reader whose cells are all within the sheet", async () => {
    const input = join(dir(), "hyperlink.xlsx");
    writeFileSync(
      input,
      xlsxBytes([{ name: "ОО", sheetDataXml: sheetDataXml(SCHOOLS), tailXml: HYPERLINK }]),
    );
    await expect(runReport({ input, out: join(dir(), "r.xlsx"), quiet: true })).resolves.toBe(0);
  });

  it("says so on one line of stderr from the command line, without a stack trace", () => {
    const input = join(dir(), "bomb.xlsx");
    writeFileSync(input, DAMAGED[0].bytes());
    const run = runCli([input, "--out", join(dir(), "r.xlsx"), "--quiet"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`Ошибка: Не удалось прочитать ${input}: ${DAMAGED_SIZE}\n`);
  });
});

/** Outputs that name one file, however they spell it: how the paths are made, and the flags said. */
interface SharedOutputCase {
  readonly how: string;
  /** Makes the files and links in the folder; returns the options. */
  readonly paths: (dir: string) => Partial<RunOptions>;
  readonly message: string;
}

const SHARED_OUTPUTS: readonly SharedOutputCase[] = [
  {
    how: "--json the same name as --out",
    paths: (dir) => ({ out: join(dir, "r.xlsx"), json: join(dir, "r.xlsx") }),
    message: "--out и --json указывают на один и тот же файл",
  },
  {
    how: "--json the same file by another spelling of its path",
    paths: (dir) => ({ out: join(dir, "r.xlsx"), json: join(dir, "sub", "..", "r.xlsx") }),
    message: "--out и --json указывают на один и тот же файл",
  },
  {
    how: "--json a new file through a symbolic link to --out's folder",
    paths: (dir) => {
      mkdirSync(join(dir, "real"));
      symlinkSync(join(dir, "real"), join(dir, "linked"));
      return { out: join(dir, "real", "r.xlsx"), json: join(dir, "linked", "r.xlsx") };
    },
    message: "--out и --json указывают на один и тот же файл",
  },
  {
    how: "--note a symbolic link to an existing --out",
    paths: (dir) => {
      writeFileSync(join(dir, "r.xlsx"), "прежний отчёт");
      symlinkSync(join(dir, "r.xlsx"), join(dir, "note.docx"));
      return { out: join(dir, "r.xlsx"), note: join(dir, "note.docx") };
    },
    message: "--out и --note указывают на один и тот же файл",
  },
  {
    how: "--note a hard link to an existing --json",
    paths: (dir) => {
      writeFileSync(join(dir, "r.json"), "{}");
      linkSync(join(dir, "r.json"), join(dir, "note.docx"));
      return { out: join(dir, "r.xlsx"), json: join(dir, "r.json"), note: join(dir, "note.docx") };
    },
    message: "--json и --note указывают на один и тот же файл",
  },
  {
    how: "--json a ФИС ОКО export given as a file",
    paths: (dir) => {
      writeFileSync(join(dir, "export.xlsx"), "выгрузка");
      return {
        out: join(dir, "r.xlsx"),
        json: join(dir, "export.xlsx"),
        fisoko: [join(dir, "export.xlsx")],
      };
    },
    message: "--json совпадает с выгрузкой ФИС ОКО",
  },
];

/** Every file under a folder with its text: what a run must leave as it was. */
function filesIn(dir: string): string[][] {
  return (readdirSync(dir, { recursive: true }) as string[]).sort().map((name) => {
    const path = join(dir, name);
    return [name, statSync(path).isDirectory() ? "(папка)" : readFileSync(path, "utf8")];
  });
}

describe("outputs that name one file are refused before anything is read or written (exit 2)", () => {
  const root = useTempDir("outputs");

  it.each(SHARED_OUTPUTS.map((c) => [c.how, c] as const))(
    "%s",
    async (_how, { paths, message }) => {
      const dir = mkdtempSync(join(root(), "case-"));
      const options = paths(dir);
      const before = filesIn(dir);
      const error = await runReport({ input: DEMO_PATH, out: "", quiet: true, ...options }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(CliError);
      expect(error).toMatchObject({ exitCode: 2 });
      expect((error as CliError).message).toContain(message);
      expect(filesIn(dir)).toEqual(before);
    },
  );

  it("writes three different files when the names differ", async () => {
    const dir = mkdtempSync(join(root(), "case-"));
    const [out, json, note] = ["r.xlsx", "r.json", "r.docx"].map((name) => join(dir, name));
    await expect(runReport({ input: DEMO_PATH, out, json, note, quiet: true })).resolves.toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["r.docx", "r.json", "r.xlsx"]);
  });
});

/** Педагоги of one course whose end date (F2) is the cell XML given; ОО of its school. */
function courseEnding(cellXml: string, tailXml = ""): Buffer {
  const header = sheetDataXml([
    ["ФИО", "ОО", "Должность", "Программа КПК", "Часы", "Дата окончания"],
    ["Иванова А. А.", "СОШ №1", "учитель", "ФГОС", 72],
  ]).replace(/<\/row><\/sheetData>$/, `${cellXml}</row></sheetData>`);
  return xlsxBytes(
    [
      { name: "ОО", rows: SCHOOLS },
      { name: "Педагоги", sheetDataXml: header, tailXml },
    ],
    { "xl/styles.xml": DATE_STYLES },
  );
}

/** ОО whose teachers count of СОШ №1 (B2) is the cell XML given. */
function teachersCell(cellXml: string, tailXml = ""): Buffer {
  const data = sheetDataXml(SCHOOLS).replace(/<c r="B2">.*?<\/c>/, cellXml);
  return xlsxBytes([{ name: "ОО", sheetDataXml: data, tailXml }]);
}

/** A cell no number or date can be read from: what the problem at it says. */
interface UnreadableCellCase {
  readonly cell: string;
  readonly bytes: () => Buffer;
  readonly problem: readonly [string, string, string];
}

const UNREADABLE_CELLS: readonly UnreadableCellCase[] = [
  {
    cell: "a number cell holding «abc»",
    bytes: () => teachersCell(`<c r="B2"><v>abc</v></c>`),
    problem: [
      "error",
      "ОО!B2",
      "«abc» — не число; ожидалось число в столбце «Численность педагогических работников»",
    ],
  },
  {
    cell: "a number cell holding 1E+999",
    bytes: () => teachersCell(`<c r="B2"><v>1E+999</v></c>`),
    problem: [
      "error",
      "ОО!B2",
      "«1E+999» — не число; ожидалось число в столбце «Численность педагогических работников»",
    ],
  },
  {
    cell: "a date cell holding a serial past 9999",
    bytes: () => courseEnding(`<c r="F2" s="1"><v>1E+20</v></c>`),
    problem: [
      "error",
      "Педагоги!F2",
      "«100000000000000000000» — не дата; ожидалась дата вида 31.03.2022",
    ],
  },
  {
    cell: "a date cell holding «abc»",
    bytes: () => courseEnding(`<c r="F2" s="1"><v>abc</v></c>`),
    problem: ["error", "Педагоги!F2", "«abc» — не дата; ожидалась дата вида 31.03.2022"],
  },
  {
    cell: "a number cell holding «abc», read by ExcelJS's reader",
    bytes: () => teachersCell(`<c r="B2"><v>abc</v></c>`, HYPERLINK),
    problem: [
      "warning",
      "ОО!B2",
      "Ошибка Excel #ЧИСЛО! в ячейке: значение считается отсутствующим",
    ],
  },
  {
    cell: "a date cell past 9999, read by ExcelJS's reader",
    bytes: () => courseEnding(`<c r="F2" s="1"><v>1E+20</v></c>`, HYPERLINK),
    problem: [
      "warning",
      "Педагоги!F2",
      "Ошибка Excel #ЧИСЛО! в ячейке: значение считается отсутствующим",
    ],
  },
];

describe("a message quotes what the cell holds, never «NaN» or «Invalid Date»", () => {
  const dir = useTempDir("unreadable-cells");

  it.each(UNREADABLE_CELLS.map((c) => [c.cell, c] as const))("%s", async (_cell, c) => {
    const input = join(dir(), "cells.xlsx");
    const json = join(dir(), "r.json");
    writeFileSync(input, c.bytes());
    await runReport({ input, out: join(dir(), "r.xlsx"), json, quiet: true, asOf: "2022-03-31" });
    const { problems } = JSON.parse(readFileSync(json, "utf8")) as Results;
    const [severity, at, message] = c.problem;
    expect(
      problems
        .filter((p) => `${p.sheet}!${p.cell}` === at)
        .map((p) => [p.severity, `${p.sheet}!${p.cell}`, p.message]),
    ).toEqual([[severity, at, message]]);
    expect(JSON.stringify(problems)).not.toMatch(/NaN|Invalid Date|Infinity/);
  });
});
