import type { Results, SchoolResult } from "../results";
import { isOfficialLow } from "../status/isOfficialLow";
import { STATUS_LABELS } from "./labels";

/** A school whose computed status and official mark disagree, with why, in words. */
export interface OfficialDifference {
  readonly school: SchoolResult;
  /** Listed officially but not computed ШНОР, or computed ШНОР without an official mark. */
  readonly direction: "officialOnly" | "computedOnly";
  readonly reason: string;
}

/** The codes of the indicators a school meets, for a reason in few words. */
function metCodes(school: SchoolResult): string[] {
  return Object.entries(school.indicators)
    .filter(([, indicator]) => indicator.met === true)
    .map(([code]) => code);
}

function whyNotShnor(school: SchoolResult): string {
  const status = `по расчёту — «${STATUS_LABELS[school.status]}»`;
  const lowest = school.indicators.I1?.met;
  if (lowest === null || lowest === undefined)
    return `${status}: композитный результат не рассчитан`;
  if (lowest === false) return `${status}: школа не входит в нижние 20 % по результатам (I1)`;
  return `${status}: I1 выполнен, но нет подтверждающих показателей`;
}

/**
 * The differences between the computed ШНОР and the official marks of ОО, both ways: schools
 * marked officially (ШНОР, 500+ …) that are not computed ШНОР, and computed ШНОР schools with no
 * such mark. Empty when ОО gives no official marks at all: there is nothing to compare with.
 */
export function officialDifferences(results: Results): OfficialDifference[] {
  if (!results.schools.some((s) => s.official !== null)) return [];
  const differences: OfficialDifference[] = [];
  for (const school of results.schools) {
    const low = isOfficialLow(school.official);
    const computed = school.status === "shnor";
    if (low && !computed)
      differences.push({ school, direction: "officialOnly", reason: whyNotShnor(school) });
    else if (computed && !low)
      differences.push({
        school,
        direction: "computedOnly",
        reason: `по расчёту — ШНОР (${metCodes(school).join(", ")})${school.official === null ? ", официальной отметки нет" : `, официально — «${school.official}»`}`,
      });
  }
  return differences;
}
