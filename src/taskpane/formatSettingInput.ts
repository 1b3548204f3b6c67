import { formatNumber } from "../engine";
import type { InputKind } from "./parseSettingInput";

/**
 * A setting's value as the user types it: shares as percents without the sign (0,2 → «20»),
 * decimal comma, dates as 31.03.2022.
 *
 * @param value The value as the engine keeps it (a fraction for shares, ISO for dates).
 * @param kind How the setting is typed in.
 */
export function formatSettingInput(
  value: number | string | null | undefined,
  kind: InputKind,
): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") {
    const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    return iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : value;
  }
  if (kind === "year") return String(value);
  return formatNumber(kind === "share" ? value * 100 : value, 6);
}
