import { formatNumber, formatPercent, formatRank } from "../format/formatNumber";
import { INDICATORS, type IndicatorUnit } from "../indicators/INDICATORS";
import type { IndicatorResult } from "../results";
import { RISK_FACTORS } from "../risks/riskFactors";
import { MIN_COMPUTED_FOR_NORMAL } from "./classify";

const FACTOR_LABELS = new Map(RISK_FACTORS.map((factor) => [factor.code, factor.label]));
const UNITS = new Map(INDICATORS.map((indicator) => [indicator.code, indicator.unit]));
const CONFIRMING = INDICATORS.filter((indicator) => indicator.confirming);
const LOWEST = INDICATORS.filter((indicator) => !indicator.confirming);

/** A value as a protocol writes it (DECISIONS B-07): shares in percent, scores as they are. */
const UNIT_TEXT: Readonly<Record<IndicatorUnit, (value: number) => string>> = {
  share: (value) => formatPercent(value),
  score: (value) => formatNumber(value, 2),
  rank: formatRank,
};

/**
 * The reasons for a school's status in Russian words, with the numbers: one line per met
 * indicator (`I2: … (значение 45,8 %; порог 60,0 %)`), then the high risk factors when they
 * count toward the risk zone.
 */
export function reasons(
  indicators: Readonly<Record<string, IndicatorResult>>,
  highFactors: readonly string[],
  factorsCount: boolean,
): string[] {
  const lines: string[] = [];
  for (const code in indicators) {
    const ind = indicators[code];
    if (ind.met !== true || ind.value === null) continue;
    const text = UNIT_TEXT[UNITS.get(code) ?? "score"];
    const value = Array.isArray(ind.value) ? ind.value.map(text).join(", ") : text(ind.value);
    const numbers =
      ind.detail !== undefined
        ? ind.detail
        : ind.threshold === null
          ? `значение ${value}`
          : `значение ${value}; порог ${text(ind.threshold)}`;
    lines.push(`${code}: ${ind.label} (${numbers})`);
  }
  if (factorsCount && highFactors.length > 0) {
    const labels = highFactors.map((code) => `«${FACTOR_LABELS.get(code)!}»`);
    lines.push(`Факторы риска уровня «высокий» (${highFactors.length}): ${labels.join(", ")}`);
  }
  return lines;
}

/**
 * Why a school is «Недостаточно данных», in words a protocol can take: what the status lacks
 * (I1, or confirming indicators computed fewer than «норма» needs), then each indicator not
 * computed with the data it needs.
 */
export function missingDataReasons(
  indicators: Readonly<Record<string, IndicatorResult>>,
): string[] {
  const computed = CONFIRMING.filter((i) => indicators[i.code].met !== null).length;
  const lacking = [
    LOWEST.some((i) => indicators[i.code].met === null) &&
      "не рассчитан композитный результат (I1)",
    computed < MIN_COMPUTED_FOR_NORMAL &&
      `рассчитано подтверждающих показателей ${computed} из ${CONFIRMING.length}, а для статуса «норма» нужно не меньше ${MIN_COMPUTED_FOR_NORMAL}`,
  ];
  const lines = [`Статус не определён: ${lacking.filter(Boolean).join(" и ")}`];
  for (const indicator of INDICATORS)
    if (indicators[indicator.code].met === null)
      lines.push(`Нет данных для ${indicator.code}: ${indicator.needs}`);
  return lines;
}

/** Why every school is «Недостаточно данных» when the workbook has no results at all. */
export const NO_RESULTS_REASON =
  "Статус не определён: в книге нет результатов процедур (ЕГЭ, ОГЭ, ВПР) — лист результатов не найден или пуст";
