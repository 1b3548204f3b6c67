import { plausibleMax } from "../read/schema/PLAUSIBLE_MAX";
import { pooledShare, type KpkCount } from "../kpk/pooledShare";
import type { CellValue } from "../types";
import { cellsOf, readCount, sizeOf } from "./formulaArguments";
import { answer, badInput, noData, type FormulaOutcome } from "./FormulaOutcome";
import { formulaMessages } from "./formulaMessages";
import { COMPLETED_LABEL, countedShare, TEACHERS_LABEL } from "./kpkShareFormula";

type Range = readonly (readonly CellValue[])[];

/**
 * SHNOR.KPK_TOTAL: the pooled share Σ completed / Σ teachers over schools (SPEC 4.1; seed 000:
 * 40 of 100 is 0,4, not the mean of the shares). A school with a count missing or 0 of 0 is
 * left out of both sums; a bad count is bad input naming its cell, never skipped.
 */
export function kpkTotalFormula(completed: Range, teachers: Range): FormulaOutcome<number> {
  const done = cellsOf(completed);
  const staff = cellsOf(teachers);
  if (completed.length !== teachers.length || done.length !== staff.length) {
    return badInput(
      formulaMessages.sizeMismatch(
        COMPLETED_LABEL,
        sizeOf(completed),
        TEACHERS_LABEL,
        sizeOf(teachers),
      ),
    );
  }
  const counts: KpkCount[] = [];
  for (let i = 0; i < done.length; i++) {
    const c = readCount(done[i], COMPLETED_LABEL, plausibleMax("kpkCompleted"));
    const t = readCount(staff[i], TEACHERS_LABEL, plausibleMax("teachers"));
    const bad = [c, t].find((o) => !o.ok && o.error === "value");
    if (bad && !bad.ok) return badInput(formulaMessages.atPosition(i + 1, bad.message));
    if (!c.ok || !t.ok) continue;
    const share = countedShare(c.value, t.value);
    if (!share.ok && share.error === "value") {
      return badInput(formulaMessages.atPosition(i + 1, share.message));
    }
    if (share.ok) counts.push({ completed: c.value, total: t.value, share: share.value });
  }
  const pooled = pooledShare(counts);
  return pooled.share === null ? noData(formulaMessages.kpkNoSchool()) : answer(pooled.share);
}
