import { messages } from "../messages";
import type { ProblemLog } from "../read/ProblemLog";
import type { ResultTable } from "../read/ResultTable";
import type { Settings } from "../settings";
import type { ResolvedReference } from "./IndicatorContext";
import { INDICATORS, REFERENCE_INDICATORS } from "./INDICATORS";

/**
 * The references of R1, R2 and R6 for year Y (DECISIONS A-33): the regional value of
 * Параметры for exactly that year, else the participant-weighted mean over all matched
 * rows of Y (rows below minParticipants included), reported as municipal.
 */
export function resolveReferences(
  rows: ResultTable,
  year: number | null,
  settings: Settings,
  paramsSheet: string,
  problems: ProblemLog,
): Record<string, ResolvedReference | null> {
  const resolved: Record<string, ResolvedReference | null> = {};
  if (year === null) return resolved;
  for (const ref of REFERENCE_INDICATORS) {
    const regional = settings.references.find(
      (r) =>
        r.procedure === ref.procedure &&
        r.subject === ref.subject &&
        r.field === ref.field &&
        r.year === year,
    );
    if (regional) {
      resolved[ref.code] = { value: regional.value, source: "regional" };
      continue;
    }
    let weighted = 0;
    let participants = 0;
    const inYear = rows.where({
      series: (s) => s.procedure === ref.procedure && s.subject === ref.subject,
      firstYear: year,
      lastYear: year,
    });
    for (const i of inYear) {
      const value = rows.value(ref.field, i);
      const n = rows.value("participants", i);
      if (value === null || n === null || n <= 0) continue;
      weighted += value * n;
      participants += n;
    }
    const label = `${ref.code} (${INDICATORS.find((i) => i.code === ref.code)!.label})`;
    if (participants > 0) {
      resolved[ref.code] = { value: weighted / participants, source: "municipal" };
      problems.info(paramsSheet, null, messages.municipalReference(label, year));
    } else {
      resolved[ref.code] = null;
      problems.warning(paramsSheet, null, messages.noReferenceData(label, year));
    }
  }
  return resolved;
}
