import type { FieldSpec } from "./FieldSpec";
import { SCHOOL_NAME_HEADERS } from "./SCHOOL_COLUMNS";

/** The columns of the Педагоги sheet (SPEC 3.1): one row per person and course. */
export const TEACHER_FIELDS: readonly FieldSpec[] = [
  { key: "person", kind: "text", headers: ["ФИО"], label: "ФИО", required: true },
  { key: "school", kind: "text", headers: SCHOOL_NAME_HEADERS, label: "ОО", required: true },
  { key: "position", kind: "text", headers: ["Должность"] },
  { key: "course", kind: "text", headers: ["Программа КПК", "тема", "курс"] },
  { key: "hours", kind: "nonNegative", headers: ["Часы", "объем", "кол-во часов"], label: "Часы" },
  {
    key: "endDate",
    kind: "date",
    headers: ["Дата окончания", "дата", "окончание"],
    label: "Дата окончания",
  },
  { key: "provider", kind: "text", headers: ["Организатор", "место прохождения"] },
];
