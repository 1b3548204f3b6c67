import type { FieldSpec } from "./schema/FieldSpec";
import { PARAM_FIELDS } from "./schema/PARAM_FIELDS";
import { RESULT_FIELDS } from "./schema/RESULT_FIELDS";
import { SCHOOL_FIELDS } from "./schema/SCHOOL_FIELDS";
import { TEACHER_FIELDS } from "./schema/TEACHER_FIELDS";

export type { FieldSpec } from "./schema/FieldSpec";

export type SheetKind = "schools" | "results" | "teachers" | "params";

/** Every kind of input sheet, in the order of the template's sheets. */
export const SHEET_KINDS: readonly SheetKind[] = ["schools", "results", "teachers", "params"];

/** The canonical sheet names (DECISIONS A-01) with the names users also give them. */
export const SHEET_NAMES: Readonly<Record<SheetKind, readonly string[]>> = {
  schools: ["ОО", "Образовательные организации", "Школы"],
  results: ["Результаты"],
  teachers: ["Педагоги"],
  params: ["Параметры"],
};

/**
 * The schema of every sheet: its columns with their header synonyms (SPEC 3.1, DECISIONS A-03),
 * kinds and labels, one table per sheet in read/schema.
 */
export const FIELDS: Readonly<Record<SheetKind, readonly FieldSpec[]>> = {
  schools: SCHOOL_FIELDS,
  results: RESULT_FIELDS,
  teachers: TEACHER_FIELDS,
  params: PARAM_FIELDS,
};
