import { NUMERIC_SETTINGS, type Settings } from "../engine";
import { formatSettingInput } from "./formatSettingInput";
import { parseSettingInput, type InputKind } from "./parseSettingInput";
import { REFERENCE_KINDS, referenceInputKind } from "./referenceKinds";

type NumericKey = (typeof NUMERIC_SETTINGS)[number]["key"];

/** One regional reference as typed: which one, the year and the value. */
export interface ReferenceDraft {
  readonly kind: string;
  readonly year: string;
  readonly value: string;
}

/** The texts of the Параметры form, as the user typed them. */
export interface SettingsDraft {
  readonly numbers: Readonly<Record<string, string>>;
  readonly asOf: string;
  readonly year: string;
  readonly references: readonly ReferenceDraft[];
}

/** The form read back: the settings to save, or a Russian message per invalid field. */
export interface ReadDraft {
  readonly settings: Partial<Settings>;
  /** Messages by field: a setting key, `asOf`, `year`, or `ref.<index>.year|value`. */
  readonly errors: Readonly<Record<string, string>>;
}

const kindOf = (key: string): InputKind =>
  NUMERIC_SETTINGS.find((s) => s.key === key)?.kind ?? "number";

/**
 * The form's texts for saved settings: each value saved, else the method's default.
 *
 * @param settings The settings saved in the workbook (changed from the defaults).
 */
export function draftOf(settings: Partial<Settings>): SettingsDraft {
  const numbers: Record<string, string> = {};
  for (const s of NUMERIC_SETTINGS) {
    numbers[s.key] = formatSettingInput(settings[s.key] ?? s.default, s.kind);
  }
  const references = (settings.references ?? []).flatMap((r): ReferenceDraft[] => {
    const kind = REFERENCE_KINDS.find(
      (k) => k.procedure === r.procedure && k.subject === r.subject && k.field === r.field,
    );
    if (!kind) return [];
    return [
      {
        kind: kind.id,
        year: String(r.year),
        value: formatSettingInput(r.value, referenceInputKind(kind.id)),
      },
    ];
  });
  return {
    numbers,
    asOf: formatSettingInput(settings.asOf ?? null, "date"),
    year: formatSettingInput(settings.year ?? null, "year"),
    references,
  };
}

/**
 * Reads the form into settings to save: only values that differ from the method's defaults,
 * so a value left at its default lets the workbook's sheet «Параметры» decide.
 *
 * @param draft The form's texts.
 * @param base Saved settings the form does not show (kept as they are).
 */
export function readDraft(draft: SettingsDraft, base: Partial<Settings>): ReadDraft {
  const settings: Partial<Settings> = { ...base };
  const errors: Record<string, string> = {};
  const numeric = settings as Partial<Record<NumericKey, number>>;
  for (const s of NUMERIC_SETTINGS) {
    delete numeric[s.key];
    const parsed = parseSettingInput(draft.numbers[s.key] ?? "", kindOf(s.key));
    if (!parsed.ok) errors[s.key] = parsed.message;
    else if (parsed.value !== s.default) numeric[s.key] = parsed.value as number;
  }
  delete settings.asOf;
  delete settings.year;
  const asOf = parseSettingInput(draft.asOf, "date");
  if (!asOf.ok) errors.asOf = asOf.message;
  else if (asOf.value !== null) settings.asOf = asOf.value as string;
  const year = parseSettingInput(draft.year, "year");
  if (!year.ok) errors.year = year.message;
  else if (year.value !== null) settings.year = year.value as number;

  const references: Settings["references"] = [];
  draft.references.forEach((r, index) => {
    const kind = REFERENCE_KINDS.find((k) => k.id === r.kind) ?? REFERENCE_KINDS[0];
    const refYear = parseSettingInput(r.year, "year");
    const value = parseSettingInput(r.value, referenceInputKind(kind.id));
    if (!refYear.ok || refYear.value === null) {
      errors[`ref.${index}.year`] = refYear.ok ? "Укажите год" : refYear.message;
    }
    if (!value.ok) errors[`ref.${index}.value`] = value.message;
    if (refYear.ok && typeof refYear.value === "number" && value.ok) {
      const { procedure, subject, field } = kind;
      references.push({
        procedure,
        subject,
        field,
        year: refYear.value,
        value: value.value as number,
      });
    }
  });
  if (references.length > 0) settings.references = references;
  else delete settings.references;
  return { settings, errors };
}
