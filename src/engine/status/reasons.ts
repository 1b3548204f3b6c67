import { formatNumber } from "../format/formatNumber";
import type { IndicatorResult } from "../results";
import { RISK_FACTORS } from "../risks/riskFactors";

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
  for (const [code, ind] of Object.entries(indicators)) {
    if (ind.met !== true || ind.value === null) continue;
    const numbers =
      ind.threshold === null
        ? `значение ${formatValue(ind.value)}`
        : `значение ${formatValue(ind.value)}; порог ${formatNumber(ind.threshold)}`;
    lines.push(`${code}: ${ind.label} (${numbers})`);
  }
  if (factorsCount && highFactors.length > 0) {
    const labels = highFactors.map(
      (code) => `«${RISK_FACTORS.find((f) => f.code === code)!.label}»`,
    );
    lines.push(`Факторы риска уровня «высокий» (${highFactors.length}): ${labels.join(", ")}`);
  }
  return lines;
}
