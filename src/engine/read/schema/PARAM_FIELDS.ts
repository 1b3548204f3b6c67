import type { FieldSpec } from "./FieldSpec";

/** The columns of the Параметры sheet (SPEC 3.1): a setting or a reference value per row. */
export const PARAM_FIELDS: readonly FieldSpec[] = [
  {
    key: "key",
    kind: "text",
    headers: ["Параметр", "ключ", "показатель"],
    label: "Параметр",
    required: true,
  },
  // A value is read by what its key expects: a number, a share, a date or a year.
  { key: "value", kind: "value", headers: ["Значение"], label: "Значение", required: true },
  { key: "year", kind: "year", headers: ["Год"], label: "Год" },
  { key: "description", kind: "text", headers: ["Описание"] },
];
