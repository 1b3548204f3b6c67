import type { IndicatorContext } from "../indicators/IndicatorContext";
import { INDICATORS } from "../indicators/INDICATORS";
import { defaultSettings } from "../settings";
import type { CellValue } from "../types";
import { blankSchool } from "./blankSchool";
import { cellsOf, isBlank, orDefault, readNumber, readWhole } from "./formulaArguments";
import { answer, noData, type FormulaOutcome } from "./FormulaOutcome";
import { formulaMessages } from "./formulaMessages";
import { VALUES_LABEL } from "./prankFormula";
import { resultRow } from "./syntheticContext";

const STEPS_LABEL = "Число шагов";
const DEFAULT_STEPS = 2; // R3/R4 look at two steps: Y−2 → Y−1 → Y (SPEC 4.3)
// R3 owns the rule "falls two years running, beyond ε"; every step is put to it as the last
// two of three years, the first year being one that is always higher.
const R3 = INDICATORS.find((indicator) => indicator.code === "R3")!;
const ALWAYS_HIGHER = Number.POSITIVE_INFINITY;
const SETTINGS = defaultSettings("1970-01-01");

function fallsTwice(first: number, second: number, third: number): boolean {
  const means = [first, second, third];
  const ctx: IndicatorContext = {
    school: blankSchool(),
    year: 2,
    settings: SETTINGS,
    exam: (procedure, subject, year) => ({
      ...resultRow([], procedure, subject, year),
      mean: means[year],
    }),
    usable: (row): row is NonNullable<typeof row> => row !== undefined,
    reference: () => null,
    continuation: () => null,
    olympiadShare: () => null,
    resultCell: () => "",
    schoolCell: () => null,
    lowest: { met: null, value: null, threshold: null },
  };
  return R3.compute(ctx).met === true;
}

/**
 * SHNOR.DECLINING: whether the last values of a range (oldest first) fall strictly at every
 * one of the last `steps` steps, as R3/R4 judge a mean over two years (SPEC 4.3). Empty cells
 * at the end are left off; an empty cell among the last values is «нет данных».
 */
export function decliningFormula(
  values: readonly (readonly CellValue[])[],
  steps: CellValue,
): FormulaOutcome<boolean> {
  const count = orDefault(steps, DEFAULT_STEPS, (v) => readWhole(v, STEPS_LABEL, 1));
  if (!count.ok) return count;
  const cells = cellsOf(values);
  let end = cells.length;
  while (end > 0 && isBlank(cells[end - 1])) end--;
  const need = count.value + 1;
  if (end < need) return noData(formulaMessages.tooFewNumbers(VALUES_LABEL, end, need));
  const last: number[] = [];
  for (const cell of cells.slice(end - need, end)) {
    const number = readNumber(cell, VALUES_LABEL);
    if (!number.ok)
      return number.error === "na" ? noData(formulaMessages.lastCellsMissing(need)) : number;
    last.push(number.value);
  }
  const sequence = [ALWAYS_HIGHER, ...last];
  for (let i = 0; i + 2 < sequence.length; i++) {
    if (!fallsTwice(sequence[i], sequence[i + 1], sequence[i + 2])) return answer(false);
  }
  return answer(true);
}
