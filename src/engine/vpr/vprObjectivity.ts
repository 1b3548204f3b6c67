import { formatNumber, formatPercent } from "../format/formatNumber";
import { highestShare } from "../indicators/lowestShare";
import { childMap } from "../read/childMap";
import type { ResultRow } from "../read/readResults";
import type { SchoolRecord } from "../read/readSchools";
import type { Settings } from "../settings";

const EPS = 1e-9;
const MIN_SCHOOLS_PER_CELL = 3;

/** The label of every flag: a signal for checking, never an accusation (SPEC 4.5). */
export const VPR_FLAG_LABEL = "признаки необъективности — требуется проверка";

/** One ВПР row with signs of non-objective results (DECISIONS A-50). */
export interface VprFlag {
  readonly school: string;
  readonly schoolRow: number;
  readonly year: number;
  readonly subject: string;
  readonly grade: number | null;
  readonly row: number;
  readonly lowered: number | null;
  readonly confirmed: number | null;
  readonly raised: number | null;
  readonly mean: number | null;
  readonly label: string;
  readonly reasons: string[];
}

/**
 * Signs of non-objective ВПР results in year Y (SPEC 4.5, DECISIONS A-50): raised above
 * `vprRaisedMax`, or confirmed at least `vprConfirmedMax` with a mean among the top
 * `vprTopShare` of its (subject, grade) cell of at least three schools.
 */
export function vprObjectivity(
  rows: readonly ResultRow[],
  schools: readonly SchoolRecord[],
  year: number | null,
  settings: Settings,
): VprFlag[] {
  if (year === null) return [];
  const used = rows.filter(
    (r) =>
      r.procedure === "ВПР" &&
      r.year === year &&
      r.participants !== null &&
      r.participants >= settings.minParticipants,
  );
  // Rows by subject and grade through nested maps: a string key per row was slow on long sheets.
  const cells: ResultRow[][] = [];
  const index = new Map<string, Map<number | null, ResultRow[]>>();
  for (const r of used) {
    if (r.mean === null) continue;
    const byGrade = childMap(index, r.subject);
    const cell = byGrade.get(r.grade);
    if (cell) cell.push(r);
    else {
      const created = [r];
      byGrade.set(r.grade, created);
      cells.push(created);
    }
  }
  const inTop = new Set<ResultRow>();
  for (const cell of cells) {
    if (cell.length < MIN_SCHOOLS_PER_CELL) continue;
    const top = highestShare(
      cell.map((r) => r.mean),
      settings.vprTopShare,
    );
    cell.forEach((r, i) => top.met[i] && inTop.add(r));
  }
  const flags: VprFlag[] = [];
  const topPercent = formatPercent(settings.vprTopShare, 0);
  for (const r of used) {
    const reasons: string[] = [];
    if (r.raised !== null && r.raised > settings.vprRaisedMax + EPS) {
      reasons.push(`повысили ${formatNumber(r.raised)} > ${formatNumber(settings.vprRaisedMax)}`);
    }
    if (r.confirmed !== null && r.confirmed >= settings.vprConfirmedMax - EPS && inTop.has(r)) {
      reasons.push(
        `подтвердили ${formatNumber(r.confirmed)} ≥ ${formatNumber(settings.vprConfirmedMax)} при среднем в верхних ${topPercent}`,
      );
    }
    if (reasons.length === 0) continue;
    const school = schools[r.school];
    flags.push({
      school: school.name,
      schoolRow: school.row,
      year: r.year,
      subject: r.subject,
      grade: r.grade,
      row: r.row,
      lowered: r.lowered,
      confirmed: r.confirmed,
      raised: r.raised,
      mean: r.mean,
      label: VPR_FLAG_LABEL,
      reasons,
    });
  }
  return flags;
}
