import { formatPercent } from "../format/formatNumber";
import { highestShare } from "../indicators/lowestShare";
import type { ResultTable, RowFilter } from "../read/ResultTable";
import type { SchoolRecord } from "../read/SchoolRecord";
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
  const vprOfYear: RowFilter = {
    series: (s) => s.procedure === "ВПР",
    firstYear: year,
    lastYear: year,
    minParticipants: settings.minParticipants,
  };
  // The top of each (subject, grade) cell of at least three schools with a mean.
  const cells = rows.cells({ ...vprOfYear, present: "mean" });
  const inTop = new Uint8Array(rows.length);
  for (let c = 0; c < cells.count; c++) {
    const first = cells.starts[c];
    if (cells.starts[c + 1] - first < MIN_SCHOOLS_PER_CELL) continue;
    const top = highestShare(rows.cellValues("mean", cells, c), settings.vprTopShare);
    for (let k = 0; k < top.met.length; k++) if (top.met[k]) inTop[cells.rows[first + k]] = 1;
  }
  const flags: VprFlag[] = [];
  const topPercent = formatPercent(settings.vprTopShare, 0);
  for (const i of rows.where(vprOfYear)) {
    const raised = rows.value("raised", i);
    const confirmed = rows.value("confirmed", i);
    const raisedAbove = raised !== null && raised > settings.vprRaisedMax + EPS;
    const confirmedInTop =
      confirmed !== null && confirmed >= settings.vprConfirmedMax - EPS && inTop[i] === 1;
    if (!raisedAbove && !confirmedInTop) continue;
    const reasons: string[] = [];
    if (raisedAbove) {
      reasons.push(`повысили ${formatPercent(raised)} > ${formatPercent(settings.vprRaisedMax)}`);
    }
    if (confirmedInTop) {
      reasons.push(
        `подтвердили ${formatPercent(confirmed)} ≥ ${formatPercent(settings.vprConfirmedMax)} при среднем в верхних ${topPercent}`,
      );
    }
    const school = schools[rows.schoolAt(i)];
    const series = rows.seriesAt(i);
    flags.push({
      school: school.name,
      schoolRow: school.row,
      year: rows.yearAt(i),
      subject: series.subject,
      grade: series.grade,
      row: rows.excelRowAt(i),
      lowered: rows.value("lowered", i),
      confirmed,
      raised,
      mean: rows.value("mean", i),
      label: VPR_FLAG_LABEL,
      reasons,
    });
  }
  return flags;
}
