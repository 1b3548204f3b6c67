import { formatNumber } from "../format/formatNumber";
import type { IndicatorResult } from "../results";
import { RISK_FACTORS } from "../risks/riskFactors";

const FACTOR_LABELS = new Map(RISK_FACTORS.map((factor) => [factor.code, factor.label]));

function formatValue(value: number | number[]): string {
  return Array.isArray(value) ? value.map((v) => formatNumber(v)).join(", ") : formatNumber(value);
}

/**
 * The reasons for a school's status in Russian words, with the numbers: one line per met
 * indicator (`I2: … (значение 0,4583; порог 0,6)`), then the high risk factors when they
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
    const numbers =
      ind.threshold === null
        ? `значение ${formatValue(ind.value)}`
        : `значение ${formatValue(ind.value)}; порог ${formatNumber(ind.threshold)}`;
    lines.push(`${code}: ${ind.label} (${numbers})`);
  }
  if (factorsCount && highFactors.length > 0) {
    const labels = highFactors.map((code) => `«${FACTOR_LABELS.get(code)!}»`);
    lines.push(`Факторы риска уровня «высокий» (${highFactors.length}): ${labels.join(", ")}`);
  }
  return lines;
}
