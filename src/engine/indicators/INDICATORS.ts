import { formatPercent, formatPoints } from "../format/formatNumber";
import type { ResultRow } from "../read/ResultTable";
import type { IndicatorContext, IndicatorValue } from "./IndicatorContext";

const EPS = 1e-9;

/**
 * A share (0…1, written as a percentage), a mean exam score or mark, or the composite result:
 * a mean of percentile ranks (0…1), written as a rank out of 100.
 */
export type IndicatorUnit = "share" | "score" | "rank";

/** An indicator of SPEC 4.3: one entry of the table; adding one is an entry and a test. */
export interface Indicator {
  readonly code: string;
  readonly label: string;
  readonly comparison: "≤" | "<" | ">" | "убывает";
  /** What the value and the threshold are, for their text: a share, an exam score, a rank. */
  readonly unit: IndicatorUnit;
  /** The data it is computed from, in words: what a school «Недостаточно данных» lacks. */
  readonly needs: string;
  /** A few short words for a narrow column's header, after the code: «нижние 20 %». */
  readonly short: string;
  /** Confirming indicators count toward ШНОР (SPEC 4.4); I1 does not. */
  readonly confirming: boolean;
  /** A trend indicator puts a school in the risk zone on its own (R3, R4, R5). */
  readonly trend: boolean;
  compute(ctx: IndicatorContext): IndicatorValue;
}

const RUS = "русский язык";
const MATH = "математика";

const na = (threshold: number | null, sources: string[] = []): IndicatorValue => ({
  met: null,
  value: null,
  threshold,
  sources,
});

/** R1/R2: the school's ОГЭ fail share of year Y above the reference. */
function failAboveReference(code: string, subject: string) {
  return (ctx: IndicatorContext): IndicatorValue => {
    const reference = ctx.reference(code);
    const threshold = reference?.value ?? null;
    if (ctx.year === null) return na(threshold);
    const row = ctx.exam("ОГЭ", subject, ctx.year);
    if (!ctx.usable(row) || row.failShare === null) return na(threshold);
    const sources = [ctx.resultCell(row, "failShare")];
    if (threshold === null) return { met: null, value: row.failShare, threshold, sources };
    return { met: row.failShare > threshold + EPS, value: row.failShare, threshold, sources };
  };
}

/** R3/R4: the ОГЭ mean falls two years running: mean(Y−2) > mean(Y−1) > mean(Y). */
function declining(subject: string) {
  return (ctx: IndicatorContext): IndicatorValue => {
    if (ctx.year === null) return na(null);
    const y = ctx.year;
    // Spelled out year by year: this runs for every school and every row formula.
    const first = ctx.exam("ОГЭ", subject, y - 2);
    if (!ctx.usable(first) || first.mean === null) return na(null);
    const second = ctx.exam("ОГЭ", subject, y - 1);
    if (!ctx.usable(second) || second.mean === null) return na(null);
    const third = ctx.exam("ОГЭ", subject, y);
    if (!ctx.usable(third) || third.mean === null) return na(null);
    const means = [first.mean, second.mean, third.mean];
    const sources = [
      ctx.resultCell(first, "mean"),
      ctx.resultCell(second, "mean"),
      ctx.resultCell(third, "mean"),
    ];
    return {
      met: means[0] > means[1] + EPS && means[1] > means[2] + EPS,
      value: means,
      threshold: null,
      sources,
    };
  };
}

/**
 * How much the fail share rose, in points and in students, for R5's reason: a rise of 1,22 % to
 * 1,25 % is less than one student, and a protocol reader must see it.
 */
function riseInWords(before: ResultRow, now: ResultRow): string {
  const difference = now.failShare! - before.failShare!;
  // Shares one decimal apart would hide a rise below one point: they get two decimals then.
  const digits = difference < 0.01 ? 2 : undefined;
  const shares = `${formatPercent(before.failShare!, digits)} → ${formatPercent(now.failShare!, digits)}`;
  const rise = `рост на ${formatPoints(difference)}`;
  if (before.participants === null || now.participants === null) return `${shares}: ${rise}`;
  const failedBefore = Math.round(before.failShare! * before.participants);
  const failedNow = Math.round(now.failShare! * now.participants);
  const students = `${failedBefore} из ${before.participants} → ${failedNow} из ${now.participants}`;
  return `${shares}: ${rise}; не преодолели порог ${students}`;
}

/** The cells of a school's ОО row given, in order, leaving out those not known. */
function schoolCells(ctx: IndicatorContext, first: string, second: string): string[] {
  const sources: string[] = [];
  const a = ctx.schoolCell(first);
  if (a !== null) sources.push(a);
  const b = ctx.schoolCell(second);
  if (b !== null) sources.push(b);
  return sources;
}

/**
 * The indicators of SPEC 4.3 in report order. Values and thresholds as DECISIONS A-29.
 */
export const INDICATORS: readonly Indicator[] = [
  {
    code: "I1",
    label: "Устойчиво низкие результаты (нижние 20 % по ЕГЭ, ОГЭ, ВПР за 3 года)",
    comparison: "≤",
    unit: "rank",
    needs:
      "результаты ЕГЭ, ОГЭ и ВПР за три последних года — не меньше, чем нужно для композитного результата",
    short: "нижние 20 %",
    confirming: false,
    trend: false,
    compute: ({ lowest }) => ({
      met: lowest.met,
      value: lowest.value,
      threshold: lowest.threshold,
      sources: [],
    }),
  },
  {
    code: "I2",
    label: "Менее 60 % выпускников 9 класса продолжают обучение в 10 классе",
    comparison: "<",
    unit: "share",
    needs: "число выпускников 9 класса и продолживших обучение в 10 классе",
    short: "в 10 кл.",
    confirming: true,
    trend: false,
    compute: (ctx) => {
      const threshold = ctx.settings.continuationMin;
      const value = ctx.school.hasGrade10 ? ctx.continuation() : null;
      if (value === null) return na(threshold);
      const sources = schoolCells(ctx, "cont10", "grads9");
      return { met: value < threshold - EPS, value, threshold, sources };
    },
  },
  {
    code: "I3",
    label:
      "Не более 0,5 % обучающихся — участники региональных и заключительных этапов олимпиад за 3 года",
    comparison: "≤",
    unit: "share",
    needs: "число обучающихся и участников региональных и заключительных этапов олимпиад за 3 года",
    short: "олимп.",
    confirming: true,
    trend: false,
    compute: (ctx) => {
      const threshold = ctx.settings.olympiadMax;
      const value = ctx.olympiadShare();
      if (value === null) return na(threshold);
      const sources = schoolCells(ctx, "olympiad3y", "students");
      return { met: value <= threshold + EPS, value, threshold, sources };
    },
  },
  {
    code: "R1",
    label: "Доля не преодолевших порог ОГЭ по русскому языку выше региональной",
    comparison: ">",
    unit: "share",
    needs:
      "доля не преодолевших порог ОГЭ по русскому языку за отчётный год и региональное значение",
    short: "«2» ОГЭ рус.",
    confirming: true,
    trend: false,
    compute: failAboveReference("R1", RUS),
  },
  {
    code: "R2",
    label: "Доля не преодолевших порог ОГЭ по математике выше региональной",
    comparison: ">",
    unit: "share",
    needs: "доля не преодолевших порог ОГЭ по математике за отчётный год и региональное значение",
    short: "«2» ОГЭ мат.",
    confirming: true,
    trend: false,
    compute: failAboveReference("R2", MATH),
  },
  {
    code: "R3",
    label: "Средний балл ОГЭ по русскому языку снижается два последних года",
    comparison: "убывает",
    unit: "score",
    needs: "средний балл ОГЭ по русскому языку за три последних года",
    short: "ОГЭ рус. спад",
    confirming: true,
    trend: true,
    compute: declining(RUS),
  },
  {
    code: "R4",
    label: "Средний балл ОГЭ по математике снижается два последних года",
    comparison: "убывает",
    unit: "score",
    needs: "средний балл ОГЭ по математике за три последних года",
    short: "ОГЭ мат. спад",
    confirming: true,
    trend: true,
    compute: declining(MATH),
  },
  {
    code: "R5",
    label: "Доля не преодолевших порог ОГЭ по математике растёт",
    comparison: ">",
    unit: "share",
    needs: "доля не преодолевших порог ОГЭ по математике за отчётный и предыдущий год",
    short: "рост «2» ОГЭ мат.",
    confirming: true,
    trend: true,
    compute: (ctx) => {
      if (ctx.year === null) return na(null);
      const now = ctx.exam("ОГЭ", MATH, ctx.year);
      const before = ctx.exam("ОГЭ", MATH, ctx.year - 1);
      const value = ctx.usable(now) ? now.failShare : null;
      const threshold = ctx.usable(before) ? before.failShare : null;
      if (value === null || threshold === null) return { met: null, value, threshold, sources: [] };
      const sources = [ctx.resultCell(now!, "failShare"), ctx.resultCell(before!, "failShare")];
      const rise = value - threshold;
      const met = rise > EPS && rise >= ctx.settings.r5MinRise - EPS;
      if (!met) return { met, value, threshold, sources };
      return { met, value, threshold, sources, detail: riseInWords(before!, now!) };
    },
  },
  {
    code: "R6",
    label: "Средний балл ЕГЭ по русскому языку ниже регионального",
    comparison: "<",
    unit: "score",
    needs: "средний балл ЕГЭ по русскому языку за отчётный год и региональное значение",
    short: "ЕГЭ рус.",
    confirming: true,
    trend: false,
    compute: (ctx) => {
      const reference = ctx.reference("R6");
      const threshold = reference?.value ?? null;
      if (ctx.year === null) return na(threshold);
      const row = ctx.exam("ЕГЭ", RUS, ctx.year);
      if (!ctx.usable(row) || row.mean === null) return na(threshold);
      const sources = [ctx.resultCell(row, "mean")];
      if (threshold === null) return { met: null, value: row.mean, threshold, sources };
      return { met: row.mean < threshold - EPS, value: row.mean, threshold, sources };
    },
  },
];

/** The references R1, R2 and R6 compare with: procedure, subject and field (SPEC 4.3). */
export const REFERENCE_INDICATORS: readonly {
  readonly code: string;
  readonly procedure: string;
  readonly subject: string;
  readonly field: "failShare" | "mean";
}[] = [
  { code: "R1", procedure: "ОГЭ", subject: RUS, field: "failShare" },
  { code: "R2", procedure: "ОГЭ", subject: MATH, field: "failShare" },
  { code: "R6", procedure: "ЕГЭ", subject: RUS, field: "mean" },
];
