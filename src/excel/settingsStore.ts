import { defaultSettings, SHEET_KINDS, type SheetMapping, type Settings } from "../engine";

/** Workbook setting with the user's overrides of the engine's settings (JSON). */
export const SETTINGS_KEY = "shnor.settings";

/** Workbook setting with the column mapping the user confirmed (JSON). */
export const MAPPING_KEY = "shnor.mapping";

/** What the workbook remembers for the add-in. */
export interface StoredConfiguration {
  /** Only the settings the user changed; the engine's defaults fill in the rest. */
  readonly settings: Partial<Settings>;
  /** The corrected mapping, or `null` when the user never saved one. */
  readonly mapping: SheetMapping[] | null;
}

function parseJson(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isFiniteNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Whether a stored value may stand for a setting whose default is `fallback`. */
function fits(key: string, value: unknown, fallback: unknown): boolean {
  if (key === "year") return value === null || isFiniteNumber(value);
  if (key === "compositeProcedures")
    return Array.isArray(value) && value.every((v) => typeof v === "string");
  if (key === "isbshWeights") return isRecord(value) && Object.values(value).every(isFiniteNumber);
  if (key === "references") {
    return (
      Array.isArray(value) &&
      value.every(
        (r) =>
          isRecord(r) &&
          typeof r.procedure === "string" &&
          typeof r.subject === "string" &&
          (r.field === "failShare" || r.field === "mean") &&
          isFiniteNumber(r.year) &&
          isFiniteNumber(r.value),
      )
    );
  }
  if (typeof fallback === "number") return isFiniteNumber(value);
  return typeof value === typeof fallback;
}

/**
 * The settings overrides in a stored value: unknown keys and values of the wrong kind (hand
 * edits, older versions) are dropped so that they never reach the engine.
 *
 * @param value The stored JSON text, or an object.
 */
export function settingsOverrides(value: unknown): Partial<Settings> {
  const data = parseJson(value);
  if (!isRecord(data)) return {};
  const defaults: Record<string, unknown> = { ...defaultSettings("") };
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(data)) {
    if (key in defaults && fits(key, item, defaults[key])) result[key] = item;
  }
  return result as Partial<Settings>;
}

/**
 * The column mapping in a stored value; entries that are not a whole, well-formed sheet mapping
 * are dropped.
 *
 * @param value The stored JSON text, or an array.
 * @returns The mapping, or `null` when none is stored.
 */
export function storedMapping(value: unknown): SheetMapping[] | null {
  const data = parseJson(value);
  if (!Array.isArray(data)) return null;
  return data.filter(
    (m): m is SheetMapping =>
      isRecord(m) &&
      SHEET_KINDS.includes(m.kind as SheetMapping["kind"]) &&
      typeof m.sheet === "string" &&
      isCount(m.headerRow) &&
      isRecord(m.columns) &&
      Object.values(m.columns).every(isCount) &&
      Array.isArray(m.headers) &&
      m.headers.every((h) => typeof h === "string"),
  );
}

/**
 * Loads the settings overrides and the column mapping saved in the workbook, in one sync.
 *
 * @param context The request context of an `Excel.run`.
 */
export async function loadStoredConfiguration(
  context: Excel.RequestContext,
): Promise<StoredConfiguration> {
  const settings = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
  const mapping = context.workbook.settings.getItemOrNullObject(MAPPING_KEY).load("value");
  await context.sync();
  return {
    settings: settings.isNullObject ? {} : settingsOverrides(settings.value),
    mapping: mapping.isNullObject ? null : storedMapping(mapping.value),
  };
}

/**
 * Saves the settings the user changed in the workbook (kept with the file), replacing the
 * saved ones; `{}` resets every setting to its default.
 *
 * @param context The request context of an `Excel.run`.
 * @param settings Only the overrides: a key left out takes the engine's default.
 */
export async function saveSettings(
  context: Excel.RequestContext,
  settings: Partial<Settings>,
): Promise<void> {
  context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
  await context.sync();
}

/**
 * Saves the column mapping the user confirmed in the workbook, replacing the saved one.
 *
 * @param context The request context of an `Excel.run`.
 * @param mapping One entry per input sheet, as `proposeMapping` gives and the pane edits.
 */
export async function saveMapping(
  context: Excel.RequestContext,
  mapping: readonly SheetMapping[],
): Promise<void> {
  context.workbook.settings.add(MAPPING_KEY, JSON.stringify(mapping));
  await context.sync();
}
