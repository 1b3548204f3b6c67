import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { runReport, type RunOptions } from "../../src/cli/runReport";
import { CELL_TEXT_LIMIT } from "../../src/engine";
import { CONTROL_TEXTS, writeMalformed } from "../fixtures/malformed/make-malformed";
import { checkOoxml, type OoxmlReport } from "../helpers/checkOoxml";
import { useFisokoFixtures } from "../helpers/fisoko";
import { DEMO_PATH, SOCIAL_PATH } from "../helpers/loadDemo";
import { useTempDir } from "../helpers/tempDir";

const AS_OF = "2022-03-31";
const TODAY = "2026-12-07";

// What XML 1.0 forbids (its Char production), looked for in every part read as UTF-8; U+FFFD is
// what a surrogate written alone reads as, and no input of these tests has one.
// eslint-disable-next-line no-control-regex -- the control characters are what is looked for
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uFFFD]/;

const tempDir = useTempDir("ooxml");
const fisoko = useFisokoFixtures();
let inputs: Record<string, () => Pick<RunOptions, "input" | "fisoko">>;

beforeAll(async () => {
  const malformed = await writeMalformed(join(tempDir(), "in"));
  inputs = {
    demo: () => ({ input: DEMO_PATH }),
    social: () => ({ input: SOCIAL_PATH }),
    "control characters": () => ({ input: malformed["control-characters.xlsx"] }),
    "ФИС ОКО": () => ({ input: fisoko().district, fisoko: [fisoko().exports] }),
  };
});

/** The report and the Справка the CLI writes for an input, with the checker's word on both. */
interface Outputs {
  readonly report: string;
  readonly note: string;
  readonly checked: OoxmlReport;
}

async function writeOutputs(name: string): Promise<Outputs> {
  const report = join(tempDir(), `${name}.xlsx`);
  const note = join(tempDir(), `${name}.docx`);
  const code = await runReport({
    ...inputs[name](),
    out: report,
    note,
    asOf: AS_OF,
    today: TODAY,
    quiet: true,
  });
  expect(code).toBe(0);
  return { report, note, checked: checkOoxml([report, note]) };
}

/** Every part of a package, as text. */
async function partsOf(path: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const parts = new Map<string, string>();
  for (const file of Object.values(zip.files))
    if (!file.dir) parts.set(file.name, await file.async("string"));
  return parts;
}

describe.each(["demo", "social", "control characters", "ФИС ОКО"])("the outputs of %s", (name) => {
  let outputs: Outputs;
  beforeAll(async () => {
    outputs = await writeOutputs(name);
  });

  it("are XML parts all well-formed, each parsed by lxml", async () => {
    const parts = (await partsOf(outputs.report)).size + (await partsOf(outputs.note)).size;
    expect(outputs.checked.parts).toBe(parts);
    expect(outputs.checked.violations.filter((line) => line.includes(": [xml] "))).toEqual([]);
  });

  it("hold no character XML forbids in any part", async () => {
    for (const path of [outputs.report, outputs.note])
      for (const [part, text] of await partsOf(path))
        expect([part, FORBIDDEN.exec(text)?.[0]]).toEqual([part, undefined]);
  });

  it("pass the ECMA-376 checker with no violation", () => {
    expect(outputs.checked.violations).toEqual([]);
  });
});

describe("the outputs of a workbook full of control characters", () => {
  let outputs: Outputs;
  let report: ExcelJS.Workbook;
  beforeAll(async () => {
    outputs = await writeOutputs("control characters");
    report = new ExcelJS.Workbook();
    await report.xlsx.readFile(outputs.report);
  });

  /** The texts of one report sheet, row by row, empty cells left out. */
  function texts(sheet: string): string[][] {
    const rows: string[][] = [];
    report.getWorksheet(sheet)!.eachRow((row) => {
      const values: string[] = [];
      row.eachCell((cell) => values.push(String(cell.value)));
      rows.push(values);
    });
    return rows;
  }

  it("keeps the user's literal `_x0001_` as text in the cells, the chart and the Справка", async () => {
    expect(texts("Статусы ОО").flat()).toContain(CONTROL_TEXTS.oosh6);
    const parts = await partsOf(outputs.report);
    const charts = [...parts].filter(([part]) => part.startsWith("xl/charts/"));
    const escaped = CONTROL_TEXTS.oosh6.replace("_x0001_", "_x005F_x0001_");
    expect(charts.some(([, xml]) => xml.includes(`<c:v>${escaped}</c:v>`))).toBe(true);
    const document = (await partsOf(outputs.note)).get("word/document.xml")!;
    expect(document).toContain(`${CONTROL_TEXTS.oosh6}`);
  });

  it("cuts every text longer than a cell holds to 32 767 characters ending in «…»", () => {
    const long = report.worksheets.flatMap((ws) =>
      texts(ws.name)
        .flat()
        .filter((text) => text.length >= CELL_TEXT_LIMIT - 6),
    );
    expect(long.length).toBeGreaterThan(0);
    for (const text of long) {
      expect(text.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
      expect(text.endsWith("…")).toBe(true);
    }
  });

  it("notes each cut on «Проблемы данных» with its sheet and cell", () => {
    const cut = (count: string, start: string) =>
      `Текст этой ячейки отчёта (${count}, начало: «${start}») длиннее, чем вмещает ячейка Excel (32 767 знаков); он сокращён, в конце поставлено «…»`;
    const name = cut("39 999 знаков", "МКОУ «СОШ №20» с. Московское. История шк");
    const notes = texts("Проблемы данных").filter(
      (row) => row[1] === "Сведения" && row[4]?.startsWith("Текст этой ячейки"),
    );
    expect(notes.map((row) => row.slice(2))).toEqual([
      ["Статусы ОО", "B10", name],
      ["КПК", "B10", name],
      ["КПК", "B48", name], // again in its group's table
      ["Риски", "B10", name],
      ["Справка", "A4", cut("40 379 знаков", "В мониторинге участвовали 6 общеобразова")],
      ["Справка", "A11", cut("40 131 знак", "Наименьшая доля педагогов, прошедших КПК")],
      ["Проблемы данных", "E6", cut("40 079 знаков", "Параметр «year»: «2022 учебный год учебн")],
    ]);
  });
});
