import { isoDate } from "../format/formatDate";
import { messages } from "../messages";
import { NUMERIC_SETTINGS, OTHER_SETTINGS, type Reference, type Settings } from "../settings";
import type { CellValue, SheetInput } from "../types";
import { normalizeHeader } from "../text/normalizeHeader";
import { FieldReader } from "./FieldReader";
import { normalizeProcedure } from "./normalizeProcedure";
import { normalizeSubject } from "./normalizeSubject";
import {
  displayText,
  parseDate,
  parseNumber,
  parseShare,
  parseYear,
  type Parsed,
} from "./parseValue";
import type { ProblemLog } from "./ProblemLog";
import { dataRows, readTable } from "./readTable";

export interface ParamsOutcome {
  readonly overrides: Partial<Settings>;
  readonly references: Reference[];
  readonly sheetName: string | null;
}

const SETTING_BY_KEY = new Map(NUMERIC_SETTINGS.map((s) => [s.key.toLowerCase(), s]));

// A setting is named on Параметры by its key or by its Russian name, as «Сводка» lists it.
const KEY_BY_NAME = new Map<string, string>([
  ...NUMERIC_SETTINGS.map((s): [string, string] => [normalizeHeader(s.label), s.key.toLowerCase()]),
  ...Object.entries(OTHER_SETTINGS).map(([key, s]): [string, string] => [
    normalizeHeader(s.label),
    key.toLowerCase(),
  ]),
]);
const REFERENCE_KEY = /^ref\.([^.]+)\.(.+)\.(failshare|mean)$/i;

/** A share given as a single value: `4,1%`, a `%` cell, or a bare number (> 1 means percent, A-31). */
export function parseShareValue(value: CellValue): Parsed<number> {
  const parsed = parseShare(value);
  if (parsed.kind !== "ok" || parsed.percent) return parsed;
  return { kind: "ok", value: parsed.value > 1 ? parsed.value / 100 : parsed.value };
}

/**
 * Reads Параметры (DECISIONS A-30): setting keys of SPEC 5 or their Russian names (case-insensitive), and
 * regional references `ref.<Процедура>.<предмет>.failShare|mean` with their year.
 */
export function readParams(sheet: SheetInput | undefined, problems: ProblemLog): ParamsOutcome {
  const overrides: Partial<Settings> = {};
  const references: Reference[] = [];
  if (!sheet) return { overrides, references, sheetName: null };
  const table = readTable(sheet, "params", problems);
  if (!table) return { overrides, references, sheetName: sheet.name };
  if (table.missing.length > 0) {
    for (const key of table.missing)
      problems.error(sheet.name, null, messages.missingColumn(sheet.name, key));
    return { overrides, references, sheetName: sheet.name };
  }
  const reader = new FieldReader(table, problems);
  const numeric = overrides as Record<string, number>;
  for (const r of dataRows(table)) {
    const key = reader.text(r, "key");
    if (key === null) continue;
    const raw = reader.raw(r, "value");
    const bad = (text: string) => messages.badSetting(key, text);
    const lower = KEY_BY_NAME.get(normalizeHeader(key)) ?? key.toLowerCase();
    const reference = REFERENCE_KEY.exec(key);
    if (reference) {
      const year = reader.take(r, "year", parseYear(reader.raw(r, "year")), (text) =>
        messages.badYear(text),
      );
      if (year === null) {
        problems.error(
          sheet.name,
          reader.address(r, "year") ?? reader.address(r, "key"),
          messages.badReferenceYear(key),
        );
        continue;
      }
      const field = reference[3].toLowerCase() === "mean" ? "mean" : "failShare";
      const value = reader.take(
        r,
        "value",
        field === "mean" ? parseNumber(raw) : parseShareValue(raw),
        bad,
      );
      if (value === null) continue;
      references.push({
        procedure: normalizeProcedure(reference[1]),
        subject: normalizeSubject(reference[2]),
        field,
        year,
        value,
      });
    } else if (lower === "asof") {
      const day = reader.take(r, "value", parseDate(raw), bad);
      if (day !== null) overrides.asOf = isoDate(day);
    } else if (lower === "year") {
      const year = reader.take(r, "value", parseYear(raw), bad);
      if (year !== null) overrides.year = year;
    } else if (lower === "territory") {
      const text = displayText(raw).trim();
      if (text) overrides.territory = text;
    } else if (lower === "compositeprocedures") {
      const text = displayText(raw).trim();
      if (text)
        overrides.compositeProcedures = text
          .split(/[,;]/)
          .map((p) => normalizeProcedure(p.trim()))
          .filter(Boolean);
    } else if (SETTING_BY_KEY.has(lower)) {
      const setting = SETTING_BY_KEY.get(lower)!;
      const parsed = setting.kind === "share" ? parseShareValue(raw) : parseNumber(raw);
      const value = reader.take(r, "value", parsed, bad);
      if (value === null) continue;
      if (value < 0 || (setting.kind === "integer" && !Number.isInteger(value))) {
        problems.error(
          sheet.name,
          reader.address(r, "value"),
          messages.settingOutOfRange(key, displayText(raw)),
        );
        continue;
      }
      numeric[setting.key] = value;
    } else if (lower.startsWith("isbshweight.")) {
      const value = reader.take(r, "value", parseNumber(raw), bad);
      if (value !== null)
        overrides.isbshWeights = {
          ...overrides.isbshWeights,
          [key.slice("isbshWeight.".length)]: value,
        };
    } else {
      problems.warning(sheet.name, reader.address(r, "key"), messages.unknownSetting(key));
    }
  }
  return { overrides, references, sheetName: sheet.name };
}
