import { readWorkbook } from "../../src/cli/readWorkbook";
import { analyze, type Results, type WorkbookInput } from "../../src/engine";

export const DEMO_PATH = `${__dirname}/../../examples/demo-district.xlsx`;
export const SOCIAL_PATH = `${__dirname}/../../examples/district-social.xlsx`;

/** The demo workbook as the engine sees it. */
export async function loadWorkbook(path = DEMO_PATH): Promise<WorkbookInput> {
  return (await readWorkbook(path)).workbook;
}

/** Runs the engine as the demo command does (as of the protocol's date, 31.03.2022). */
export function run(workbook: WorkbookInput, asOf = "2022-03-31"): Results {
  const outcome = analyze(workbook, { today: asOf, asOf });
  if (outcome.kind !== "ok") throw new Error(outcome.message);
  return outcome.results;
}
