import { readFisokoFiles } from "../../src/cli/readFisokoFiles";
import { readWorkbook } from "../../src/cli/readWorkbook";
import type { SheetInput } from "../../src/engine";
import {
  readFisokoExports,
  type FisokoOutcome,
} from "../../src/engine/read/fisoko/readFisokoExports";
import { ProblemLog } from "../../src/engine/read/ProblemLog";
import type { ResultRow } from "../../src/engine/read/ResultTable";
import { readSchools } from "../../src/engine/read/readSchools";
import type { SchoolRecord } from "../../src/engine/read/SchoolRecord";
import { SchoolMatcher } from "../../src/engine/read/SchoolMatcher";
import { writeFisokoFixtures, type FisokoFixtures } from "../fixtures/fisoko/make-fisoko";
import { useTempDir } from "./tempDir";

/**
 * Writes the ФИС ОКО fixtures into a temporary folder before the suite and removes it after.
 *
 * @returns A getter: the paths exist once `beforeAll` has run.
 */
export function useFisokoFixtures(): () => FisokoFixtures {
  const tempDir = useTempDir("fisoko");
  let fixtures: FisokoFixtures | undefined;
  beforeAll(async () => {
    fixtures = await writeFisokoFixtures(tempDir());
  });
  return () => {
    if (!fixtures) throw new Error("the fixtures are written in beforeAll");
    return fixtures;
  };
}

/** The schools of a district workbook's ОО. */
export async function districtSchools(path: string): Promise<SchoolRecord[]> {
  const sheet = (await readWorkbook(path)).workbook.sheets.find((s) => s.name === "ОО");
  if (!sheet) throw new Error(`no ОО sheet in ${path}`);
  const outcome = readSchools(sheet, new ProblemLog());
  if (outcome.kind !== "ok") throw new Error(outcome.message);
  return outcome.schools;
}

/** What reading export sheets gave: the outcome and the problems. */
export interface ExportsRead extends FisokoOutcome {
  readonly problems: ProblemLog;
}

/** Reads export sheets against the schools, as `analyze` will. */
export function readExports(
  sheets: readonly SheetInput[],
  schools: readonly SchoolRecord[],
  existing?: readonly ResultRow[],
): ExportsRead {
  const problems = new ProblemLog();
  const context = {
    schools,
    matcher: new SchoolMatcher(schools),
    existing,
    existingSheet: "Результаты",
  };
  return { ...readFisokoExports(sheets, context, problems), problems };
}

/** The sheets of the export files in a folder (or a file), named as the CLI names them. */
export async function exportSheets(path: string): Promise<SheetInput[]> {
  return (await readFisokoFiles([path])).sheets;
}

/** `severity sheet!cell code` of every problem that is not an info. */
export function problemCells(problems: ProblemLog): string[] {
  return problems.items
    .filter((p) => p.severity !== "info")
    .map((p) => `${p.severity} ${p.sheet}!${p.cell ?? "—"} ${p.code}`);
}
