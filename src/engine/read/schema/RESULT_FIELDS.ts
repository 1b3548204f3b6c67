import type { FieldSpec } from "./FieldSpec";
import { SCHOOL_NAME_HEADERS } from "./SCHOOL_COLUMNS";

/** The columns of the Результаты sheet (SPEC 3.1): one row per school, year, procedure, subject. */
export const RESULT_FIELDS: readonly FieldSpec[] = [
  { key: "school", kind: "text", headers: SCHOOL_NAME_HEADERS, label: "ОО", required: true },
  { key: "year", kind: "year", headers: ["Год", "учебный год"], label: "Год", required: true },
  {
    key: "procedure",
    kind: "text",
    headers: ["Процедура", "вид оценочной процедуры"],
    label: "Процедура",
    required: true,
  },
  { key: "subject", kind: "text", headers: ["Предмет"], label: "Предмет", required: true },
  { key: "grade", kind: "count", headers: ["Класс"], label: "Класс" },
  {
    key: "participants",
    kind: "count",
    headers: ["Участников", "кол-во участников"],
    label: "Участников",
  },
  {
    key: "mean",
    kind: "nonNegative",
    headers: ["Средний балл", "средняя отметка"],
    label: "Средний балл",
  },
  {
    key: "failShare",
    kind: "share",
    headers: ["Доля не преодолевших минимальный порог", "доля «2»", "не справились"],
    label: "Доля не преодолевших минимальный порог",
  },
  { key: "lowered", kind: "share", headers: ["Понизили"], label: "Понизили" },
  { key: "confirmed", kind: "share", headers: ["Подтвердили"], label: "Подтвердили" },
  { key: "raised", kind: "share", headers: ["Повысили"], label: "Повысили" },
];
