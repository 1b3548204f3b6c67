import { ProblemLog } from "../read/ProblemLog";
import { readParams } from "../read/readParams";
import { defaultSettings, type Settings } from "../settings";
import type { CellValue } from "../types";
import { answer, badInput, type FormulaOutcome } from "./FormulaOutcome";
import { formulaMessages } from "./formulaMessages";

const PARAMS_SHEET = "Параметры";
const cache = new Map<string, FormulaOutcome<Settings>>();
const CACHE_LIMIT = 16;
// Most formulas give no parameters: the defaults of today are kept at hand.
let lastDefaults: { today: string; outcome: FormulaOutcome<Settings> | null } = {
  today: "",
  outcome: null,
};

/**
 * The settings of SPEC 5 for a formula: the defaults, overridden by a table in the format of
 * the Параметры sheet when one is given. An error in the table is bad input; warnings
 * (an unknown key) are not. Worked out once per distinct table and date.
 *
 * @param params The table with its header row, or null.
 * @param today Today's date (ISO), the default as-of date.
 */
export function formulaSettings(
  params: readonly (readonly CellValue[])[] | null,
  today: string,
): FormulaOutcome<Settings> {
  if (params === null && today === lastDefaults.today && lastDefaults.outcome)
    return lastDefaults.outcome;
  const key = `${today}\u0000${params === null ? "" : JSON.stringify(params)}`;
  const known = cache.get(key);
  if (known) return known;
  const outcome = readSettings(params, today);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, outcome);
  if (params === null) lastDefaults = { today, outcome };
  return outcome;
}

function readSettings(
  params: readonly (readonly CellValue[])[] | null,
  today: string,
): FormulaOutcome<Settings> {
  const defaults = defaultSettings(today);
  if (params === null) return answer(defaults);
  const problems = new ProblemLog();
  const read = readParams({ name: PARAMS_SHEET, rows: params }, problems);
  const error = problems.items.find((p) => p.severity === "error");
  if (error) return badInput(formulaMessages.params(error.message));
  return answer({ ...defaults, ...read.overrides, references: read.references });
}
