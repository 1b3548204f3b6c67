import { copyFileSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { readWorkbook } from "../../src/cli/readWorkbook";
import { EXIT } from "../../src/cli/runReport";
import { writeZip } from "../../src/cli/xlsx/writeZip";
import { DEMO_PATH, loadWorkbook, run } from "../helpers/loadDemo";
import { csvFile, EXCEL_CSV } from "../helpers/csvFile";
import { odsFile } from "../helpers/odsFile";
import { oleFile } from "../helpers/oleFile";
import { runCli } from "../helpers/runCli";
import { useTempDir } from "../helpers/tempDir";
import { rowsOf } from "../helpers/workbook";

const tempDir = useTempDir("input-formats");
const AS_OF = "2022-03-31";

const SAVE_AS_XLSX =
  "откройте его в Excel и сохраните как «Книга Excel (*.xlsx)» (Файл → Сохранить как)";

describe("a file of a format not read says how to save it as .xlsx", () => {
  it.each<[what: string, name: string, bytes: () => Buffer, message: string]>([
    [
      "an Excel 97–2003 workbook",
      "район.xls",
      () => oleFile(["Workbook", "\u0005SummaryInformation"]),
      `файл сохранён в старом формате Excel 97–2003 (.xls); ${SAVE_AS_XLSX}`,
    ],
    [
      "an Excel 5.0 workbook, its stream named Book",
      "район.xls",
      () => oleFile(["Book"]),
      `файл сохранён в старом формате Excel 97–2003 (.xls); ${SAVE_AS_XLSX}`,
    ],
    [
      "a binary workbook",
      "район.xlsb",
      () =>
        writeZip([
          { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
          { name: "xl/workbook.bin", data: Buffer.alloc(64) },
        ]),
      `файл сохранён как двоичная книга Excel (.xlsb); ${SAVE_AS_XLSX}`,
    ],
    [
      "an .xlsx with a password to open",
      "район.xlsx",
      () => oleFile(["\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"]),
      "книга защищена паролем на открытие; откройте её в Excel, снимите пароль и сохраните как книгу .xlsx",
    ],
    [
      "an OLE file whose directory cannot be followed",
      "район.xls",
      () => Buffer.concat([oleFile([]).subarray(0, 48), Buffer.alloc(600, 0xff)]),
      "файл защищён паролем или сохранён в старом формате .xls; сохраните его как книгу .xlsx без пароля",
    ],
  ])("%s", async (_what, name, bytes, message) => {
    const path = join(tempDir(), name);
    writeFileSync(path, bytes());
    await expect(readWorkbook(path)).rejects.toThrow(message);
  });

  it("never calls an .xls protected by a password when its directory says it is a workbook", async () => {
    const path = join(tempDir(), "старый.xls");
    writeFileSync(path, oleFile(["Workbook"]));
    await expect(readWorkbook(path)).rejects.not.toThrow(/парол/);
  });

  it("reads an .xlsx named .xls: the content decides", async () => {
    const path = join(tempDir(), "на-самом-деле-xlsx.xls");
    copyFileSync(DEMO_PATH, path);
    const { workbook } = await readWorkbook(path);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual([
      "ОО",
      "Результаты",
      "Педагоги",
      "Параметры",
    ]);
  });
});

describe("the CLI end to end on .ods, several .csv and .xls", () => {
  let expected: unknown;
  let demo: Awaited<ReturnType<typeof loadWorkbook>>;

  beforeAll(async () => {
    demo = await loadWorkbook();
    expected = JSON.parse(JSON.stringify(run(demo, AS_OF)));
  });

  const sheets = () => demo.sheets.map((sheet) => ({ name: sheet.name, rows: rowsOf(sheet) }));

  /** Runs the CLI on the inputs: it must exit with 0, silent on stderr, and give the demo's JSON. */
  function expectDemoReport(inputs: readonly string[], name: string): string {
    const json = join(tempDir(), `${name}.json`);
    const out = join(tempDir(), `${name}.xlsx`);
    const cli = runCli([...inputs, "--out", out, "--json", json, "--as-of", AS_OF]);
    expect([cli.code, cli.stderr]).toEqual([EXIT.ok, ""]);
    expect(JSON.parse(readFileSync(json, "utf8"))).toEqual(expected);
    return cli.stdout;
  }

  it("reports the demo saved as .ods as it reports the .xlsx", () => {
    const input = join(tempDir(), "demo.ods");
    writeFileSync(input, odsFile(sheets()));
    expect(expectDemoReport([input], "ods")).toContain("Школ: 22");
  });

  it("reports the demo's sheets as four .csv files, as Russian Excel saves them, as it reports the .xlsx", () => {
    const inputs = sheets().map((sheet) => {
      const path = join(tempDir(), `${sheet.name}.csv`);
      writeFileSync(path, csvFile(sheet.rows, EXCEL_CSV));
      return path;
    });
    expect(expectDemoReport(inputs, "csv")).toContain(`Книга: ${inputs.join(", ")}`);
  });

  it("refuses an .xls with exit 1 and the one line that says how to save it", () => {
    const input = join(tempDir(), "район.xls");
    writeFileSync(input, oleFile(["Workbook"]));
    const cli = runCli([input, "--out", join(tempDir(), "xls.xlsx")]);
    expect(cli.code).toBe(EXIT.unreadable);
    expect(cli.stderr).toBe(
      `Ошибка: Не удалось прочитать ${input}: файл сохранён в старом формате Excel 97–2003 (.xls); ${SAVE_AS_XLSX}\n`,
    );
  });
});
