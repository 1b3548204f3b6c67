import { RISK_FACTORS } from "../risks/riskFactors";
import { ISBSH_HEADERS, SOCIAL_INPUTS } from "../isbsh/socialInputs";

export type SheetKind = "schools" | "results" | "teachers" | "params";

/** One column a sheet may have: its key, its canonical header first, then its synonyms. */
export interface FieldSpec {
  readonly key: string;
  readonly headers: readonly string[];
  readonly required?: boolean;
  /** For social inputs: headers that give a count to divide by students (METHOD-NOTES 1.1). */
  readonly countHeaders?: readonly string[];
}

/** The canonical sheet names (DECISIONS A-01) with the names users also give them. */
export const SHEET_NAMES: Readonly<Record<SheetKind, readonly string[]>> = {
  schools: ["ОО", "Образовательные организации", "Школы"],
  results: ["Результаты"],
  teachers: ["Педагоги"],
  params: ["Параметры"],
};

const SCHOOL_NAME_HEADERS = [
  "Наименование ОО",
  "ОО",
  "образовательная организация",
  "школа",
  "наименование",
];

const COUNT_PREFIXES = ["Количество", "Число", "Кол-во"];

const socialFields: FieldSpec[] = SOCIAL_INPUTS.map((input) => ({
  key: input.key,
  headers: input.headers,
  countHeaders: input.headers
    .filter((h) => /^Доля /i.test(h))
    .flatMap((h) => COUNT_PREFIXES.map((p) => h.replace(/^Доля/i, p))),
}));

const riskFactorFields: FieldSpec[] = RISK_FACTORS.map((factor) => ({
  key: factor.code,
  headers: [
    factor.label,
    factor.code,
    `Фактор ${factor.code.slice(2)}`,
    ...(factor.synonyms ?? []),
  ],
}));

/**
 * The columns of every sheet with their header synonyms (SPEC 3.1, DECISIONS A-03).
 * Adding a column is one entry here.
 */
export const FIELDS: Readonly<Record<SheetKind, readonly FieldSpec[]>> = {
  schools: [
    { key: "id", headers: ["Код ОО", "код", "ИНН", "id"] },
    { key: "name", headers: SCHOOL_NAME_HEADERS, required: true },
    { key: "municipality", headers: ["Муниципалитет", "МО", "район", "округ"] },
    { key: "locality", headers: ["Тип местности", "город/село", "местность"] },
    { key: "level", headers: ["Уровень", "тип ОО"] },
    { key: "students", headers: ["Численность обучающихся", "обучающихся", "контингент"] },
    {
      key: "teachers",
      headers: ["Численность педагогических работников", "педагогов", "кол-во педагогов"],
    },
    { key: "kpkCompleted", headers: ["Прошли КПК", "кол-во чел, прошедших КПК"] },
    { key: "grads9", headers: ["Выпускники 9 классов"] },
    { key: "cont10", headers: ["Продолжили обучение в 10 классе", "перешли в 10 класс"] },
    {
      key: "olympiad3y",
      headers: ["Участники региональных и заключительных этапов олимпиад за 3 года", "олимпиады"],
    },
    { key: "official", headers: ["Официальный статус", "ШНОР", "500+"] },
    { key: "login", headers: ["Логин ФИС ОКО", "логин", "код ФИС ОКО"] },
    {
      key: "vacancies",
      headers: ["Вакансии", "вакансий", "количество вакансий", "вакансии педагогов"],
    },
    { key: "isbsh", headers: ISBSH_HEADERS },
    ...socialFields,
    ...riskFactorFields,
  ],
  results: [
    { key: "school", headers: SCHOOL_NAME_HEADERS, required: true },
    { key: "year", headers: ["Год", "учебный год"], required: true },
    { key: "procedure", headers: ["Процедура", "вид оценочной процедуры"], required: true },
    { key: "subject", headers: ["Предмет"], required: true },
    { key: "grade", headers: ["Класс"] },
    { key: "participants", headers: ["Участников", "кол-во участников"] },
    { key: "mean", headers: ["Средний балл", "средняя отметка"] },
    {
      key: "failShare",
      headers: ["Доля не преодолевших минимальный порог", "доля «2»", "не справились"],
    },
    { key: "lowered", headers: ["Понизили"] },
    { key: "confirmed", headers: ["Подтвердили"] },
    { key: "raised", headers: ["Повысили"] },
  ],
  teachers: [
    { key: "person", headers: ["ФИО"], required: true },
    { key: "school", headers: SCHOOL_NAME_HEADERS, required: true },
    { key: "position", headers: ["Должность"] },
    { key: "course", headers: ["Программа КПК", "тема", "курс"] },
    { key: "hours", headers: ["Часы", "объем", "кол-во часов"] },
    { key: "endDate", headers: ["Дата окончания", "дата", "окончание"] },
    { key: "provider", headers: ["Организатор", "место прохождения"] },
  ],
  params: [
    { key: "key", headers: ["Параметр", "ключ", "показатель"], required: true },
    { key: "value", headers: ["Значение"], required: true },
    { key: "year", headers: ["Год"] },
    { key: "description", headers: ["Описание"] },
  ],
};
