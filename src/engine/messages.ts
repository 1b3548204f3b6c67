import { formatDate } from "./format/formatDate";
import { formatNumber } from "./format/formatNumber";
import { FIELDS } from "./read/synonyms";

// The label of each column key; a key on two sheets (year, school) has the same label on both.
const FIELD_NAMES = new Map<string, string>();
for (const field of Object.values(FIELDS).flat())
  if (field.label !== undefined && !FIELD_NAMES.has(field.key))
    FIELD_NAMES.set(field.key, field.label);

/** The Russian name of a column key, for messages. */
export function fieldName(key: string): string {
  return FIELD_NAMES.get(key) ?? key;
}

const q = (text: string) => `«${text}»`;

// A name can fit dozens of schools of a big region: the first few say enough in a message.
const LISTED = 5;

/** The first {@link LISTED} items, then how many more: «А», «Б» … и ещё 12. */
function listSome(items: readonly string[]): string {
  const shown = items.slice(0, LISTED).join(", ");
  return items.length > LISTED ? `${shown} и ещё ${items.length - LISTED}` : shown;
}

/** Every Russian message the engine produces: one catalogue (STYLE: HyperFormula's habit). */
export const messages = {
  noSchoolsSheet: () => "В книге нет листа «ОО» со списком школ",
  noNameColumn: (sheet: string) => `На листе ${q(sheet)} нет столбца «Наименование ОО»`,
  emptySchoolsSheet: (sheet: string) =>
    `Лист ${q(sheet)} пуст: нет строки заголовков со столбцом «Наименование ОО»`,
  noSchools: () => "На листе «ОО» нет ни одной школы",
  yearWithoutExams: (year: number, examYear: number) =>
    `Отчётный год ${year} взят как последний год в данных, но за него нет результатов ОГЭ и ЕГЭ (последние — за ${examYear}); при необходимости задайте год: --year или параметр year`,
  missingColumn: (sheet: string, key: string) =>
    `На листе ${q(sheet)} нет обязательного столбца ${q(fieldName(key))}; лист не учитывается`,
  duplicateColumn: (key: string, first: string) =>
    `Второй столбец ${q(fieldName(key))}: используется первый (${first})`,
  excelError: (error: string) => `Ошибка Excel ${error} в ячейке: значение считается отсутствующим`,
  notANumber: (text: string, key: string) =>
    `${q(text)} — не число; ожидалось число в столбце ${q(fieldName(key))}`,
  notACount: (text: string, key: string) =>
    `${fieldName(key)} (${text}) должно быть целым неотрицательным числом`,
  negative: (text: string, key: string) =>
    `${fieldName(key)} (${text}) не может быть отрицательным`,
  badDate: (text: string) => `${q(text)} — не дата; ожидалась дата вида 31.03.2022`,
  badYear: (text: string) =>
    `${q(text)} — не учебный год; ожидалось, например, 2022 или 2021-2022; строка не учитывается`,
  missingYear: () => "Не указан год; строка не учитывается",
  missingName: () => "Не указано наименование ОО; строка не учитывается",
  missingPerson: () => "Не указаны ФИО; строка не учитывается",
  missingSchool: () => "Не указана ОО; строка не учитывается",
  missingProcedure: () => "Не указана процедура; строка не учитывается",
  missingSubject: () => "Не указан предмет; строка не учитывается",
  missingGrade: () => "Для ВПР не указан класс; строка не учитывается",
  duplicateSchool: (name: string, row: number) =>
    `Школа ${q(name)} уже есть в строке ${row}; повторная строка не учитывается`,
  schoolNotFound: (text: string) =>
    `Школа ${q(text)} не найдена на листе «ОО»; строка не учитывается`,
  schoolAmbiguous: (text: string, candidates: readonly string[]) =>
    `${q(text)} подходит к нескольким школам: ${listSome(candidates.map(q))}; строка не учитывается`,
  duplicateResult: (row: number) =>
    `Повтор строки ${row} (та же школа, год, процедура, предмет и класс); строка не учитывается`,
  percentColumn: (key: string, asPercent: boolean) =>
    asPercent
      ? `Столбец ${q(fieldName(key))}: числа без знака % прочитаны как проценты (разделены на 100)`
      : `Столбец ${q(fieldName(key))}: числа без знака % прочитаны как доли (от 0 до 1)`,
  shareAbove100: (text: string, key: string) =>
    `${fieldName(key)} (${text}) больше 100 %; значение не учитывается`,
  kpkAboveTeachers: (completed: number, teachers: number) =>
    `Прошли КПК (${completed}) больше численности педагогов (${teachers}); доля КПК не считается`,
  kpkNoTeachers: (completed: number) =>
    `Прошли КПК ${completed} чел. при численности педагогов 0; доля КПК не считается`,
  kpkDiffers: (name: string, fromTeachers: number, given: number) =>
    `${q(name)}: по листу «Педагоги» прошли КПК ${fromTeachers} чел., а в столбце «Прошли КПК» — ${given}; используется лист «Педагоги»`,
  staffDiffers: (name: string, staff: number, teachers: number) =>
    `${q(name)}: на листе «Педагоги» ${staff} чел., а численность педагогов ${teachers}; знаменатель — ${teachers}`,
  staffCompletedAboveTeachers: (name: string, completed: number, teachers: number) =>
    `${q(name)}: по листу «Педагоги» прошли КПК ${completed} чел., больше численности педагогов ${teachers}; доля КПК не считается`,
  futureCourse: (day: number, asOf: number) =>
    `Дата окончания курса ${formatDate(day)} позже даты отчёта ${formatDate(asOf)}: курс не учитывается`,
  privateProvider: (provider: string) =>
    `Курс после 01.09.2025 у организатора ${q(provider)} (частная организация): с 01.09.2025 ДПО педагогов ведут государственные и муниципальные организации — проверьте`,
  cont10AboveGrads: (cont: number, grads: number) =>
    `Продолжили обучение в 10 классе (${cont}) больше выпускников 9 классов (${grads})`,
  countAboveStudents: (label: string, count: number, students: number) =>
    `${label}: ${count} больше численности обучающихся (${students})`,
  unknownSetting: (key: string) => `Неизвестный параметр ${q(key)}; строка не учитывается`,
  badSetting: (key: string, text: string) =>
    `Параметр ${q(key)}: ${q(text)} — недопустимое значение; используется значение по умолчанию`,
  badReferenceYear: (key: string) =>
    `Параметр ${q(key)}: для эталонного значения нужен год в столбце «Год»`,
  municipalReference: (label: string, year: number) =>
    `${label}: нет регионального значения за ${year} год на листе «Параметры»; используется среднее по району (муниципальное), а не региональное`,
  noReferenceData: (label: string, year: number) =>
    `${label}: нет ни регионального значения за ${year} год, ни данных для расчёта по району; показатель н/д`,
  badRiskLevel: (text: string) =>
    `${q(text)} — не уровень риска; ожидалось «высокий», «средний», «низкий», «нет» или 3/2/1/0`,

  // ——— Выгрузки ФИС ОКО: «Статистика по отметкам», «Сравнение отметок с отметками по журналу»,
  // ——— региональные списки ОО с признаками необъективных результатов (read/fisoko).
  fisokoDetected: (label: string, what: string, schools: number) =>
    `Лист распознан как выгрузка ФИС ОКО ${q(label)}${what === "" ? "" : ` (${what})`}; прочитано строк школ из «ОО»: ${schools}`,
  fisokoMissingColumn: (label: string, column: string, effect: string) =>
    `Выгрузка ФИС ОКО ${q(label)}: нет столбца ${q(column)}; ${effect}`,
  fisokoUnknown: (what: string) =>
    `Выгрузка ФИС ОКО: не удалось определить ${what} — нет ни строки вида «ВПР 2026 Русский язык 4 класс» или «Дата: 20.04.2026» над таблицей, ни названия листа вида «РУ 4 …»; лист не учитывается`,
  fisokoYearFromFile: (year: number) =>
    `На листе выгрузки не указан год: взят ${year} — год остальных выгрузок того же файла`,
  fisokoBadPercent: (text: string) => `${q(text)} — не процент; ожидалось число от 0 до 100`,
  fisokoBadCount: (text: string, column: string) =>
    `${column} (${text}) должно быть целым неотрицательным числом`,
  fisokoShareSum: (sum: number, kind: "marks" | "journal") =>
    kind === "marks"
      ? `Проценты отметок «2»–«5» в строке дают в сумме ${formatNumber(sum, 2)} %, а не 100 % (допуск ±0,5): средняя отметка и доля «2» не учитываются`
      : `Проценты «Понизили», «Подтвердили», «Повысили» дают в сумме ${formatNumber(sum, 2)} %, а не 100 % (допуск ±0,5): они не учитываются`,
  fisokoSchoolBeforeMunicipality: (name: string) =>
    `Строка школы ${q(name)} стоит выше строки её муниципалитета: выгрузка нарушена; строка не учитывается`,
  fisokoSchoolNotFound: (name: string, login: string | null) =>
    `Школа ${q(name)}${login === null ? "" : ` (логин ${login})`} из выгрузки ФИС ОКО не найдена на листе «ОО»; строка не учитывается. Если это школа района, укажите её логин в столбце «Логин ФИС ОКО»`,
  fisokoSchoolAmbiguous: (name: string, candidates: readonly string[]) =>
    `Школа ${q(name)} из выгрузки ФИС ОКО подходит к нескольким школам: ${candidates.map(q).join(", ")}; строка не учитывается. Укажите логин в столбце «Логин ФИС ОКО»`,
  fisokoLoginConflict: (name: string, login: string, school: string, schoolLogin: string) =>
    `Школа ${q(name)} с логином ${login} похожа по названию на ${q(school)}, но у той на листе «ОО» логин ${schoolLogin}; строка не учитывается`,
  fisokoMunicipalityNotFound: (name: string, rows: number) =>
    `Ни одна школа муниципалитета ${q(name)} из выгрузки ФИС ОКО (строк школ: ${rows}) не найдена на листе «ОО»; строки не учитываются`,
  fisokoDuplicate: (sheet: string, row: number) =>
    `Повтор: та же школа, предмет, класс и год уже есть на листе ${q(sheet)}, строка ${row}; строка не учитывается`,
  fisokoParticipantsDiffer: (journal: number, marks: number, sheet: string, row: number) =>
    `Участников по сравнению с журналом ${journal}, а по статистике отметок ${marks} (лист ${q(sheet)}, строка ${row}); используется статистика отметок`,
  fisokoBadMarker: (text: string) =>
    `${q(text)} — не отметка маркера; ожидалось 1 или пустая ячейка; маркер не учитывается`,
  fisokoMarkerCount: (given: number, marked: number) =>
    `Количество маркеров ${given}, а отмечено столбцов: ${marked}; используются отмеченные столбцы`,
  fisokoListDuplicate: (sheet: string, row: number) =>
    `Школа уже есть в региональном списке того же года (лист ${q(sheet)}, строка ${row}); строка не учитывается`,
} as const;
