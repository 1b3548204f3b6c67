import { messages } from "./messages";

/** How a setting is typed in: shares as percents, counts, numbers, a date, a year. */
export type InputKind = "share" | "integer" | "number" | "date" | "year";

export type ParsedInput =
  | { readonly ok: true; readonly value: number | string | null }
  | { readonly ok: false; readonly message: string };

const EXAMPLES: Readonly<Record<InputKind, string>> = {
  share: "20 или 20 %",
  integer: "5",
  number: "16 или 1,5",
  date: "31.03.2022",
  year: "2022",
};

const NUMBER = /^-?\d+(?:[.,]\d+)?$/;
const RU_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads what the user typed into a setting's field, in the Russian way: a decimal comma,
 * spaces in numbers, shares as percents with or without «%» («20» and «20 %» are 0,2).
 *
 * @param text The field's text.
 * @param kind How the setting is typed in.
 * @returns The value (a fraction for shares, ISO `YYYY-MM-DD` for dates, `null` for an empty
 *   optional date or year) or a Russian message saying what is expected.
 */
export function parseSettingInput(text: string, kind: InputKind): ParsedInput {
  const trimmed = text.trim();
  if (trimmed === "") {
    return kind === "date" || kind === "year"
      ? { ok: true, value: null }
      : { ok: false, message: messages.empty };
  }
  if (kind === "date") return parseDate(trimmed);
  const compact = trimmed
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/\u2212/g, "-")
    .replace(kind === "share" ? /%$/ : /$^/, "");
  if (!NUMBER.test(compact)) {
    if (kind === "year") return { ok: false, message: messages.badYear(trimmed) };
    return { ok: false, message: messages.notANumber(trimmed, EXAMPLES[kind]) };
  }
  const number = Number(compact.replace(",", "."));
  if (kind === "year") {
    const ok = Number.isInteger(number) && number >= 1990 && number <= 2100;
    return ok ? { ok: true, value: number } : { ok: false, message: messages.badYear(trimmed) };
  }
  if (number < 0) return { ok: false, message: messages.negative };
  if (kind === "share") {
    if (number > 100) return { ok: false, message: messages.shareRange };
    // Divide a rounded percent so that «25» is exactly 0,25 and «0,5» exactly 0,005.
    return { ok: true, value: Number((number / 100).toPrecision(12)) };
  }
  if (kind === "integer" && !Number.isInteger(number)) {
    return { ok: false, message: messages.notAnInteger };
  }
  return { ok: true, value: number };
}

function parseDate(text: string): ParsedInput {
  const ru = RU_DATE.exec(text);
  const iso = ISO_DATE.exec(text);
  const [year, month, day] = ru
    ? [Number(ru[3]), Number(ru[2]), Number(ru[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1;
  if (!real || date.getUTCDate() !== day) return { ok: false, message: messages.badDate(text) };
  return { ok: true, value: date.toISOString().slice(0, 10) };
}
