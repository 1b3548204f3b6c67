import { formatNumber, formatPercent } from "../format/formatNumber";
import { highestShare } from "../indicators/lowestShare";
import { orNull, type ResultTable } from "../read/ResultTable";
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
  rows: ResultTable,
  schools: readonly SchoolRecord[],
  year: number | null,
  settings: Settings,
): VprFlag[] {
  if (year === null) return [];
  const isVpr = rows.series.map((s) => s.procedure === "ВПР");
  const used: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    // NaN, a missing count, fails the comparison.
    if (
      isVpr[rows.seriesId[i]] &&
      rows.year[i] === year &&
      rows.participants[i] >= settings.minParticipants
    )
      used.push(i);
  }
  // Rows by series (for ВПР: subject and grade), in the order of their first row.
  const cells: number[][] = [];
  const index = new Map<number, number[]>();
  for (const i of used) {
    if (Number.isNaN(rows.mean[i])) continue;
    const cell = index.get(rows.seriesId[i]);
    if (cell) cell.push(i);
    else {
      const created = [i];
      index.set(rows.seriesId[i], created);
      cells.push(created);
    }
  }
  const inTop = new Uint8Array(rows.length);
  for (const cell of cells) {
    if (cell.length < MIN_SCHOOLS_PER_CELL) continue;
    const top = highestShare(
      cell.map((i) => rows.mean[i]),
      settings.vprTopShare,
    );
    cell.forEach((i, k) => {
      if (top.met[k]) inTop[i] = 1;
    });
  }
  const flags: VprFlag[] = [];
  const topPercent = formatPercent(settings.vprTopShare, 0);
  for (const i of used) {
    // NaN, a missing share, fails the comparisons.
    const raised = rows.raised[i] > settings.vprRaisedMax + EPS;
    const confirmed = rows.confirmed[i] >= settings.vprConfirmedMax - EPS && inTop[i] === 1;
    if (!raised && !confirmed) continue;
    const reasons: string[] = [];
    if (raised) {
      reasons.push(
        `повысили ${formatNumber(rows.raised[i])} > ${formatNumber(settings.vprRaisedMax)}`,
      );
    }
    if (confirmed) {
      reasons.push(
        `подтвердили ${formatNumber(rows.confirmed[i])} ≥ ${formatNumber(settings.vprConfirmedMax)} при среднем в верхних ${topPercent}`,
      );
    }
    const school = schools[rows.school[i]];
    const series = rows.series[rows.seriesId[i]];
    flags.push({
      school: school.name,
      schoolRow: school.row,
      year: rows.year[i],
      subject: series.subject,
      grade: series.grade,
      row: rows.row[i],
      lowered: orNull(rows.lowered[i]),
      confirmed: orNull(rows.confirmed[i]),
      raised: orNull(rows.raised[i]),
      mean: orNull(rows.mean[i]),
      label: VPR_FLAG_LABEL,
      reasons,
    });
  }
  return flags;
}
