// Writes assets/template.json from examples/demo-district.xlsx: the template sheets the pane
// inserts for a new user. Run from the repository root: npx tsx scripts/make-template.ts
// (the output is the same on every run; a test checks that the committed file is current).

import { writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { templateSource } from "./templateSource";

const SOURCE = path.resolve("examples/demo-district.xlsx");
const TARGET = path.resolve("assets/template.json");

async function main(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SOURCE);
  await writeFile(TARGET, templateSource(workbook), "utf8");
  process.stdout.write(`${path.relative(process.cwd(), TARGET)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
