// Writes what the product gives for a fixed set of inputs (the demo, the social example, a
// generated region and district, the ФИС ОКО fixtures): the results JSON, the report model, the
// Справка and the report file's sheet XML, one file each. Two folders written before and after a
// change that must not change outputs are compared with `diff -r`.
// Run: npx tsx scripts/snapshotOutputs.ts FOLDER

import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { generateDistrict, REGION, TODAY } from "../bench/generateDistrict";
import { readFisokoFiles } from "../src/cli/readFisokoFiles";
import { readWorkbook } from "../src/cli/readWorkbook";
import { writeReportFile } from "../src/cli/writeReportFile";
import { analyze, buildNote, buildReport, type WorkbookInput } from "../src/engine";
import { writeFisokoFixtures } from "../tests/fixtures/fisoko/make-fisoko";
import { loadWorkbook } from "../tests/helpers/loadDemo";

interface Case {
  readonly name: string;
  readonly workbook: () => Promise<WorkbookInput>;
  readonly asOf?: string;
  readonly today: string;
  readonly fisoko?: readonly string[];
}

const fromFile = (file: string) => async () => (await readWorkbook(file)).workbook;

async function snapshot(folder: string, c: Case, scratch: string): Promise<void> {
  const workbook = await c.workbook();
  const exportFiles = await readFisokoFiles(c.fisoko ?? [], []);
  const outcome = analyze(workbook, {
    today: c.today,
    asOf: c.asOf,
    extraSheets: exportFiles.sheets,
    unreadExtraFiles: exportFiles.unread,
  });
  if (outcome.kind === "unreadable") {
    await writeFile(path.join(folder, `${c.name}.unreadable.txt`), outcome.message + "\n");
    return;
  }
  const model = buildReport(outcome.results);
  const json = (value: unknown) => JSON.stringify(value, null, 1) + "\n";
  await writeFile(path.join(folder, `${c.name}.results.json`), json(outcome.results));
  await writeFile(path.join(folder, `${c.name}.model.json`), json(model));
  await writeFile(path.join(folder, `${c.name}.note.json`), json(buildNote(outcome.results)));
  const file = path.join(scratch, `${c.name}.report.xlsx`);
  await writeReportFile(model, file);
  const zip = await JSZip.loadAsync(await readFile(file));
  const parts: string[] = [];
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name].dir) continue;
    // Conditional formats carry a random id; times of writing differ from run to run.
    const text = (await zip.files[name].async("string"))
      .replace(/\{[0-9A-F-]{36}\}/gi, "{GUID}")
      .replace(/<dcterms:(created|modified)[^<]*<\/dcterms:\1>/g, "");
    parts.push(`=== ${name}\n${text}\n`);
  }
  await writeFile(path.join(folder, `${c.name}.xlsx.txt`), parts.join(""));
}

async function main(): Promise<void> {
  const folder = process.argv[2];
  if (!folder) throw new Error("usage: tsx scripts/snapshotOutputs.ts FOLDER");
  await mkdir(folder, { recursive: true });
  const scratch = await mkdtemp(path.join(tmpdir(), "shnor-snapshot-"));
  try {
    const fixtures = await writeFisokoFixtures(scratch);
    const cases: Case[] = [
      {
        name: "demo",
        workbook: fromFile("examples/demo-district.xlsx"),
        asOf: "2022-03-31",
        today: "2026-12-07",
      },
      {
        name: "demo-today",
        workbook: fromFile("examples/demo-district.xlsx"),
        today: "2026-12-07",
      },
      {
        name: "social",
        workbook: fromFile("examples/district-social.xlsx"),
        asOf: "2022-03-31",
        today: "2026-12-07",
      },
      { name: "region", workbook: async () => generateDistrict(REGION), today: TODAY },
      { name: "district", workbook: async () => generateDistrict({ schools: 60 }), today: TODAY },
      {
        name: "fisoko-district",
        workbook: () => loadWorkbook(fixtures.district),
        fisoko: [fixtures.exports],
        today: "2026-12-07",
      },
      { name: "fisoko-typed", workbook: fromFile(fixtures.districtTyped), today: "2026-12-07" },
      {
        name: "fisoko-novpr",
        workbook: fromFile(fixtures.districtWithoutVpr),
        fisoko: [fixtures.demoExports],
        asOf: "2022-03-31",
        today: "2026-12-07",
      },
      {
        name: "fisoko-bad",
        workbook: () => loadWorkbook(fixtures.district),
        fisoko: [fixtures.bad],
        today: "2026-12-07",
      },
    ];
    for (const c of cases) await snapshot(folder, c, scratch);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
