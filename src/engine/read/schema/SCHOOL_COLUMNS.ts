import { ISBSH_HEADERS } from "../../isbsh/socialInputs";
import type { FieldSpec } from "./FieldSpec";

/** A column of the ОО sheet's own: one value per school, of one of these kinds. */
export interface SchoolColumnSpec extends FieldSpec {
  readonly kind: "text" | "count" | "number";
}

/** The headers of a school's name, on the ОО sheet and as the school of a result or a course. */
export const SCHOOL_NAME_HEADERS: readonly string[] = [
  "Наименование ОО",
  "ОО",
  "образовательная организация",
  "школа",
  "наименование",
];

/**
 * The ОО sheet's own columns (SPEC 3.1, DECISIONS A-03): SchoolRecord has a field for each,
 * and the workbook reader, the row reader of SHNOR.RISK and blankSchool read them all by kind.
 * Adding a column is one entry here.
 */
export const SCHOOL_COLUMNS = [
  { key: "id", kind: "text", headers: ["Код ОО", "код", "ИНН", "id"], label: "Код ОО" },
  {
    key: "name",
    kind: "text",
    headers: SCHOOL_NAME_HEADERS,
    label: "Наименование ОО",
    required: true,
  },
  { key: "municipality", kind: "text", headers: ["Муниципалитет", "МО", "район", "округ"] },
  { key: "locality", kind: "text", headers: ["Тип местности", "город/село", "местность"] },
  // The place of a school whose name does not say it: part of its key (DECISIONS B-03).
  {
    key: "settlement",
    kind: "text",
    headers: ["Населённый пункт", "нас. пункт", "населённый пункт ОО", "НП"],
    label: "Населённый пункт",
  },
  { key: "level", kind: "text", headers: ["Уровень", "тип ОО"] },
  {
    key: "students",
    kind: "count",
    headers: ["Численность обучающихся", "обучающихся", "контингент"],
    label: "Численность обучающихся",
  },
  {
    key: "teachers",
    kind: "count",
    headers: ["Численность педагогических работников", "педагогов", "кол-во педагогов"],
    label: "Численность педагогических работников",
  },
  {
    key: "kpkCompleted",
    kind: "count",
    headers: ["Прошли КПК", "кол-во чел, прошедших КПК"],
    label: "Прошли КПК",
  },
  {
    key: "grads9",
    kind: "count",
    headers: ["Выпускники 9 классов"],
    label: "Выпускники 9 классов",
  },
  {
    key: "cont10",
    kind: "count",
    headers: ["Продолжили обучение в 10 классе", "перешли в 10 класс"],
    label: "Продолжили обучение в 10 классе",
  },
  {
    key: "olympiad3y",
    kind: "count",
    headers: ["Участники региональных и заключительных этапов олимпиад за 3 года", "олимпиады"],
    label: "Участники олимпиад за 3 года",
  },
  { key: "official", kind: "text", headers: ["Официальный статус", "ШНОР", "500+"] },
  // A school key of the ФИС ОКО exports (`edu203389`).
  {
    key: "login",
    kind: "text",
    headers: ["Логин ФИС ОКО", "логин", "код ФИС ОКО"],
    lowerCase: true,
  },
  {
    key: "vacancies",
    kind: "count",
    headers: ["Вакансии", "вакансий", "количество вакансий", "вакансии педагогов"],
    label: "Вакансии",
  },
  // The regional index itself, used as is when given (METHOD-NOTES 1.2 step 3).
  { key: "isbsh", kind: "number", headers: ISBSH_HEADERS, label: "ИСБШ" },
] as const satisfies readonly SchoolColumnSpec[];
