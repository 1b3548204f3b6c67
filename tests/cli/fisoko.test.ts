import { rowsOf } from "../helpers/workbook";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { parseArgs, USAGE } from "../../src/cli/parseArgs";
import { readFisokoFiles } from "../../src/cli/readFisokoFiles";
import { UnreadableFileError } from "../../src/cli/readWorkbook";
import { CliError, EXIT, runReport } from "../../src/cli/runReport";
import type { Results } from "../../src/engine";
import { sheetParts } from "../../src/engine/read/fisoko/sheetParts";
import { useFisokoFixtures } from "../helpers/fisoko";
import { oleFile } from "../helpers/oleFile";

const fixtures = useFisokoFixtures();

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "shnor-fisoko-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("parseArgs reads --fisoko", () => {
  it("repeated, in the order given, with = or a separate value", () => {
    const parsed = parseArgs([
      "in.xlsx",
      "--out",
      "r.xlsx",
      "--fisoko",
      "a",
      "--fisoko=b.xlsx",
      "--fisoko",
      "c",
    ]);
    expect(parsed).toEqual({
      kind: "run",
      args: expect.objectContaining({ fisoko: ["a", "b.xlsx", "c"] }),
    });
  });

  it("none: an empty list", () => {
    expect(parseArgs(["in.xlsx", "--out", "r.xlsx"])).toEqual({
      kind: "run",
      args: expect.objectContaining({ fisoko: [] }),
    });
  });

  it("without a value: a Russian message naming the flag", () => {
    expect(parseArgs(["in.xlsx", "--out", "r.xlsx", "--fisoko"])).toEqual({
      kind: "error",
      message: "Для --fisoko не указано значение",
    });
  });

  it("is in the usage text", () => {
    expect(USAGE).toContain("--fisoko");
    expect(USAGE).toContain("можно указать несколько раз");
  });
});

describe("readFisokoFiles reads the exports given to the CLI", () => {
  it("a folder: every .xlsx in it, each sheet named after its file", async () => {
    const sheets = (await readFisokoFiles([fixtures().exports])).sheets;
    expect(sheets.map((s) => s.name)).toEqual([
      "ВПР 2026 МА 4.xlsx › МА 4 Статистика по отметкам",
      "ВПР 2026 МА 4.xlsx › МА 4 Сравнение отметок с отметк",
      "Список ОО с признаками необъективности 2025.xlsx › Список",
      "Сравнение отметок РУ 4.xlsx › РУ 4 Сравнение отметок с отметк",
      "Статистика по отметкам РУ 4.xlsx › РУ 4 Статистика по отметкам",
    ]);
  });

  it("names the sheets so that the engine finds the file and the sheet again", async () => {
    const [first] = (await readFisokoFiles([fixtures().exports])).sheets;
    expect(sheetParts(first.name)).toEqual({
      file: "ВПР 2026 МА 4.xlsx",
      sheet: "МА 4 Статистика по отметкам",
    });
  });

  it("keeps the cells as the file has them: the date as text, the mark headers as numbers", async () => {
    const sheets = (
      await readFisokoFiles([join(fixtures().exports, "Статистика по отметкам РУ 4.xlsx")])
    ).sheets;
    expect(sheets).toHaveLength(1);
    expect(rowsOf(sheets[0])[4]).toEqual(["Дата:", "20.04.2026"]);
    expect(rowsOf(sheets[0])[6]).toEqual([
      "Группы участников",
      "Кол-во ОО",
      "Кол-во участников",
      2,
      3,
      4,
      5,
    ]);
  });

  it("files and folders together, in the order given; Excel's lock files and other files are passed over", async () => {
    const folder = join(dir, "mixed");
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(fixtures().bad, "bad.xlsx"), join(folder, "bad.xlsx"));
    writeFileSync(join(folder, "~$bad.xlsx"), "lock");
    writeFileSync(join(folder, "readme.txt"), "text");
    const single = join(fixtures().exports, "Сравнение отметок РУ 4.xlsx");
    const sheets = (await readFisokoFiles([single, folder])).sheets;
    expect([...new Set(sheets.map((s) => sheetParts(s.name).file))]).toEqual([
      basename(single),
      "bad.xlsx",
    ]);
  });

  it("lists a workbook of a folder that cannot be read as not read, with why, and reads the rest", async () => {
    const folder = join(dir, "with-xls");
    mkdirSync(folder, { recursive: true });
    copyFileSync(
      join(fixtures().exports, "Сравнение отметок РУ 4.xlsx"),
      join(folder, "Сравнение отметок РУ 4.xlsx"),
    );
    writeFileSync(join(folder, "старая выгрузка.xls"), oleFile(["Workbook"]));
    const read = await readFisokoFiles([folder]);
    expect(read.sheets.map((s) => sheetParts(s.name).file)).toEqual([
      "Сравнение отметок РУ 4.xlsx",
    ]);
    expect(read.unread).toEqual([
      {
        file: "старая выгрузка.xls",
        why: "файл не читается: файл сохранён в старом формате Excel 97–2003 (.xls); откройте его в Excel и сохраните как «Книга Excel (*.xlsx)» (Файл → Сохранить как)",
      },
    ]);
  });

  it("stops at a workbook named on the command line that cannot be read", async () => {
    const xls = join(dir, "одна.xls");
    writeFileSync(xls, oleFile(["Workbook"]));
    await expect(readFisokoFiles([xls])).rejects.toThrow(UnreadableFileError);
  });

  it("passes over the files it is told to skip: the input workbook in the same folder", async () => {
    const folder = join(dir, "with-input");
    mkdirSync(folder, { recursive: true });
    copyFileSync(fixtures().district, join(folder, "district.xlsx"));
    copyFileSync(join(fixtures().bad, "bad.xlsx"), join(folder, "bad.xlsx"));
    const sheets = (await readFisokoFiles([folder], [join(folder, "district.xlsx")])).sheets;
    expect(new Set(sheets.map((s) => sheetParts(s.name).file))).toEqual(new Set(["bad.xlsx"]));
  });

  /** Paths that cannot be read, each made by its own setup. */
  const unreadable: [string, () => string, RegExp][] = [
    [
      "a path that does not exist",
      () => join(dir, "nowhere"),
      /nowhere: файл или папка не найдены/,
    ],
    [
      "a folder without .xlsx files",
      () => {
        mkdirSync(join(dir, "empty"), { recursive: true });
        return join(dir, "empty");
      },
      /empty: в папке нет книг \.xlsx или \.ods/,
    ],
    [
      "a file that is not a workbook",
      () => {
        writeFileSync(join(dir, "fake.xlsx"), "not a zip");
        return join(dir, "fake.xlsx");
      },
      /fake\.xlsx: это не книга Excel/,
    ],
  ];

  it.each(unreadable)("%s: an error naming the path", async (_, setUp, message) => {
    const read = readFisokoFiles([setUp()]);
    await expect(read).rejects.toThrow(UnreadableFileError);
    await expect(read).rejects.toThrow(message);
  });
});

describe("runReport with --fisoko", () => {
  it("reads the district with a folder of exports and writes the report (exit 0)", async () => {
    const json = join(dir, "results.json");
    const code = await runReport({
      input: fixtures().district,
      out: join(dir, "report.xlsx"),
      json,
      fisoko: [fixtures().exports],
      asOf: "2022-03-31",
      quiet: true,
      today: "2022-03-31",
    });
    expect(code).toBe(EXIT.ok);
    const results: Results = JSON.parse(readFileSync(json, "utf8"));
    expect(results.totals.schools).toBe(22);
  });

  it("stops with exit 1 and the path when an export cannot be read", async () => {
    const run = runReport({
      input: fixtures().district,
      out: join(dir, "never.xlsx"),
      fisoko: [join(dir, "nowhere")],
      quiet: true,
      today: "2022-03-31",
    });
    await expect(run).rejects.toThrow(CliError);
    await expect(run).rejects.toMatchObject({
      exitCode: EXIT.unreadable,
      message: expect.stringContaining("выгрузку ФИС ОКО"),
    });
  });

  it("lists the exports read and the schools of the regional list in the JSON", async () => {
    const json = join(dir, "results-lists.json");
    await runReport({
      input: fixtures().district,
      out: join(dir, "report-lists.xlsx"),
      json,
      fisoko: [fixtures().exports],
      asOf: "2022-03-31",
      quiet: true,
      today: "2022-03-31",
    });
    const results: Results = JSON.parse(readFileSync(json, "utf8"));
    expect(results.fisokoSheets.length).toBeGreaterThan(0);
    expect(results.fisokoSheets.every((s) => s.sheet.includes(" › "))).toBe(true);
    const listed = results.schools.filter((s) => s.officialVprList.length > 0);
    expect(listed.length).toBeGreaterThan(0);
    // The region's list stays apart from the product's own signal.
    for (const school of listed) expect(school.vprFlags.every((f) => !("markers" in f))).toBe(true);
  });
});
