import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { EXIT } from "../../src/cli/runReport";
import type { Results } from "../../src/engine";
import { DEMO_PATH } from "../helpers/loadDemo";
import { runCli } from "../helpers/runCli";
import { useTempDir } from "../helpers/tempDir";

const tempDir = useTempDir("sheets");

/**
 * Writes the demo with its «Результаты» sheet renamed, or removed when `name` is null, and runs
 * the CLI on it as of the protocol's date.
 */
async function runOnDemo(file: string, name: string | null) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(DEMO_PATH);
  const sheet = workbook.getWorksheet("Результаты")!;
  if (name === null) workbook.removeWorksheet(sheet.id);
  else sheet.name = name;
  const input = join(tempDir(), file);
  await workbook.xlsx.writeFile(input);
  const json = join(tempDir(), `${file}.json`);
  const out = join(tempDir(), `${file}.report.xlsx`);
  const run = runCli([input, "--out", out, "--json", json, "--as-of", "2022-03-31"]);
  const results: Results = JSON.parse(readFileSync(json, "utf8"));
  return { run, results };
}

describe("the CLI on the demo whose results sheet is renamed or missing (DECISIONS B-01)", () => {
  it("reads «Результаты ГИА» as the results sheet and says so under the figures", async () => {
    const { run, results } = await runOnDemo("renamed.xlsx", "Результаты ГИА");
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toContain(
      "Школ: 22 — ШНОР: 4, зона риска: 5, норма: 12, недостаточно данных: 1; ШНСУ: нет данных (нет показателей ИСБШ)\n",
    );
    expect(run.stdout).toContain(
      "  Лист «Результаты ГИА» взят как лист «Результаты»: в нём есть столбцы «ОО», «Год», «Процедура», «Предмет»\n",
    );
    expect(results.inputSheets.results).toEqual({ sheet: "Результаты ГИА", by: "headers" });
  });

  it("says «нет данных» without a results sheet, and lists the sheets the workbook has", async () => {
    const { run, results } = await runOnDemo("missing.xlsx", null);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toContain(
      "Школ: 22 — ШНОР, зона риска, норма: нет данных (нет результатов процедур); ШНСУ: нет данных\n",
    );
    expect(run.stdout).toContain("Листы книги: «ОО», «Педагоги», «Параметры»\n");
    expect(run.stdout).not.toContain("ШНОР: 0");
    expect(results.missingInputs).toEqual(["results"]);
  });
});
