/**
 * A number for Russian text: up to `digits` decimals, trailing zeros dropped, decimal comma
 * (0.15432 → «0,1543», 63.6 → «63,6»).
 */
export function formatNumber(value: number, digits = 4): string {
  const rounded = Number(value.toFixed(digits));
  return String(Object.is(rounded, -0) ? 0 : rounded).replace(".", ",");
}

/** A share as Russian percent text with one decimal: 0.4667 → «46,7 %». */
export function formatPercent(share: number, digits = 1): string {
  return `${(share * 100).toFixed(digits).replace(".", ",")} %`;
}
