// 10^digits for the digits the fast path of formatNumber handles.
const SCALES = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];
// Below this a scaled value's rounding error (half an ulp, < 6e-8) is far inside TIE_MARGIN.
const FAST_LIMIT = 1e9;
const TIE_MARGIN = 1e-6;

/**
 * A number for Russian text: up to `digits` decimals, trailing zeros dropped, decimal comma
 * (0.15432 → «0,1543», 63.6 → «63,6»): the text of Number(value.toFixed(digits)).
 *
 * Reports write thousands of these, so the usual case is worked out in integers: away from a
 * tie, Math.round of the scaled value is the last digit toFixed keeps, and that integer over
 * 10^digits is the number toFixed's text parses to, whose shortest text is those digits. Ties,
 * large values and non-finite ones go through toFixed itself.
 */
export function formatNumber(value: number, digits = 4): string {
  const scale = SCALES[digits];
  if (scale !== undefined) {
    const scaled = value * scale;
    if (Math.abs(scaled) < FAST_LIMIT && Math.abs(scaled - Math.floor(scaled) - 0.5) > TIE_MARGIN) {
      return decimalText(Math.round(scaled), digits, scale);
    }
  }
  const rounded = Number(value.toFixed(digits));
  return String(Object.is(rounded, -0) ? 0 : rounded).replace(".", ",");
}

/** The text of units / scale with a decimal comma and no trailing zeros; «0» for −0. */
function decimalText(units: number, digits: number, scale: number): string {
  const sign = units < 0 ? "-" : "";
  const magnitude = Math.abs(units);
  const whole = Math.floor(magnitude / scale);
  let fraction = magnitude - whole * scale;
  if (fraction === 0) return `${sign}${whole}`;
  let places = digits;
  while (fraction % 10 === 0) {
    fraction /= 10;
    places--;
  }
  return `${sign}${whole},${String(fraction).padStart(places, "0")}`;
}

/**
 * A share as Russian percent text (DECISIONS B-07): one decimal, two when it is below 1 % so that
 * a small share never reads as nought, a comma and a space before «%»: 0.4667 → «46,7 %»,
 * 0.0042 → «0,42 %».
 *
 * @param digits Decimals to use instead of the rule (a setting's round «20 %»).
 */
export function formatPercent(share: number, digits?: number): string {
  return `${percentText(share * 100, digits)} %`;
}

/** A difference of two shares in percentage points, by the same rule: 0.0003 → «0,03 п.п.». */
export function formatPoints(difference: number): string {
  return `${percentText(difference * 100)} п.п.`;
}

function percentText(percent: number, digits?: number): string {
  const places = digits ?? (percent !== 0 && Math.abs(percent) < 1 ? 2 : 1);
  return percent.toFixed(places).replace(".", ",");
}

/**
 * The composite result (a mean of percentile ranks, 0…1) as a rank out of 100 with one decimal:
 * 0.098 → «9,8», as people read a percentile rank.
 */
export function formatRank(rank: number): string {
  return formatNumber(rank * 100, 1);
}
