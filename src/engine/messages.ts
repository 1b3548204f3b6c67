import { formatDate } from "./format/formatDate";
import { formatNumber } from "./format/formatNumber";
import { plural } from "./format/plural";
import { russianExcelError } from "./text/russianExcelError";
import { FIELDS, SHEET_NAMES, type SheetKind } from "./read/synonyms";

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

/** What a sheet of each kind holds, for «В книге нет листа …». */
const SHEET_CONTENTS: Readonly<Record<SheetKind, string>> = {
  schools: "со списком школ",
  results: "с результатами процедур",
  teachers: "с педагогами и их курсами повышения квалификации",
  params: "с параметрами",
};

/** What is lost without a sheet of the kind; ОО stops the run and Параметры has defaults. */
const NO_SHEET_EFFECT: Readonly<Record<SheetKind, string>> = {
  schools: "",
  results: ": статусы школ (ШНОР, зона риска, норма) — нет данных",
  teachers:
    ": план КПК и доля КПК по курсам педагогов — нет данных (доля КПК — только по столбцам листа «ОО», если они заполнены)",
  params: "",
};

/** «со столбцом «Наименование ОО»», «со столбцами «ОО», «Год», …»: a kind's required columns. */
function columnsOf(kind: SheetKind): string {
  const names = FIELDS[kind].filter((f) => f.required).map((f) => q(f.label ?? f.key));
  return names.length === 1 ? `со столбцом ${names[0]}` : `со столбцами ${names.join(", ")}`;
}

// A name can fit dozens of schools of a big region: the first few say enough in a message.
const LISTED = 5;

/** The first {@link LISTED} items, then how many more: «А», «Б» … и ещё 12. */
function listSome(items: readonly string[]): string {
  const shown = items.slice(0, LISTED).join(", ");
  return items.length > LISTED ? `${shown} и ещё ${items.length - LISTED}` : shown;
}

/** A whole number with its thousands apart: 10000 → «10 000». */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");

// Texts worded once and said under two codes: the code tells where the value was read.
const notACountText = (text: string, key: string) =>
  `${fieldName(key)} (${text}) должно быть целым неотрицательным числом`;
const negativeText = (text: string, key: string) =>
  `${fieldName(key)} (${text}) не может быть отрицательным`;
const badYearText = (text: string) =>
  `${q(text)} — не учебный год; ожидалось, например, 2022 или 2021-2022; строка не учитывается`;
const badSettingText = (key: string, text: string) =>
  `Параметр ${q(key)}: ${q(text)} — недопустимое значение; используется значение по умолчанию`;

/** The rows of a sheet that wrote one unmatched name: how many, and the first cells. */
export interface NameRows {
  readonly count: number;
  /** The first few cells, in sheet order. */
  readonly cells: readonly string[];
}

// An unmatched name is one problem however many rows write it (B-04): its rows, then the hint.
const skippedRows = ({ count, cells }: NameRows) =>
  count === 1
    ? "строка не учитывается"
    : `строк с этим названием: ${count} (${cells.join(", ")}${count > cells.length ? " и далее" : ""}), ни одна не учитывается`;
const maybeText = (hints: readonly string[]) =>
  hints.length === 0 ? "" : `; возможно: ${hints.map(q).join(", ")}`;

/** A problem's code and its Russian text, made together from one catalogue entry. */
export interface ProblemText<C extends string = string> {
  readonly code: C;
  readonly message: string;
}

/** A catalogue entry: the code of the problem and how its text is worded. */
function said<C extends string, A extends unknown[]>(
  code: C,
  text: (...args: A) => string,
): (...args: A) => ProblemText<C> {
  return (...args) => ({ code, message: text(...args) });
}

/** Every Russian message the engine produces: one catalogue (STYLE: HyperFormula's habit). */
export const messages = {
  // ——— Which sheet is taken for which kind of data (DECISIONS B-01, read/chooseSheets).
  noSheet: said(
    "noSheet",
    (kind: SheetKind, sheets: readonly string[]) =>
      `В книге нет листа ${SHEET_CONTENTS[kind]} (ожидался лист ${q(SHEET_NAMES[kind][0])} или лист ${columnsOf(kind)})${NO_SHEET_EFFECT[kind]}. ${sheets.length === 0 ? "В книге нет листов" : `Листы книги: ${sheets.map(q).join(", ")}`}`,
  ),
  sheetByHeaders: said(
    "sheetByHeaders",
    (sheet: string, kind: SheetKind, headers: readonly string[]) =>
      `Лист ${q(sheet)} взят как лист ${q(SHEET_NAMES[kind][0])}: в нём есть ${headers.length === 1 ? "столбец" : "столбцы"} ${headers.map(q).join(", ")}`,
  ),
  sheetCandidates: said(
    "sheetCandidates",
    (kind: SheetKind, taken: string, takenCount: number, other: string, otherCount: number) =>
      `Листы ${q(taken)} и ${q(other)} оба подходят как лист ${q(SHEET_NAMES[kind][0])}: взят ${q(taken)}, ${takenCount > otherCount ? `в нём больше распознанных столбцов (${takenCount} против ${otherCount})` : `он раньше в книге (распознанных столбцов поровну: ${takenCount})`}; лист ${q(other)} не учитывается`,
  ),
  noNameColumn: said(
    "noNameColumn",
    (sheet: string) => `На листе ${q(sheet)} нет столбца «Наименование ОО»`,
  ),
  emptySchoolsSheet: said(
    "emptySchoolsSheet",
    (sheet: string) => `Лист ${q(sheet)} пуст: нет строки заголовков со столбцом «Наименование ОО»`,
  ),
  noSchools: said("noSchools", () => "На листе «ОО» нет ни одной школы"),
  asOfIsToday: said(
    "asOfIsToday",
    (date: string, year: number) =>
      `Дата расчёта КПК не задана: взята сегодняшняя, ${date}, позже отчётного ${year} года, и курсы, действовавшие в ${year} году, могут оказаться просроченными. Задайте дату отчёта строкой «Дата расчёта КПК» на листе «Параметры» (например, 31.03.${year})`,
  ),
  asOfFromClock: said(
    "asOfFromClock",
    (date: string) =>
      `Дата расчёта КПК не задана: взята сегодняшняя, ${date}. Чтобы считать КПК на дату отчёта, задайте её строкой «Дата расчёта КПК» на листе «Параметры» (например, 31.03.2022)`,
  ),
  asOfOutsideYear: said(
    "asOfOutsideYear",
    (date: string, schoolYear: string) =>
      `Дата расчёта КПК ${date} лежит вне ${schoolYear} учебного года и следующего за ним: курсы отчётного года могут оказаться просроченными или ещё не пройденными. Проверьте дату отчёта`,
  ),
  yearWithoutExams: said(
    "yearWithoutExams",
    (year: number, examYear: number) =>
      `Отчётный год ${year} взят как последний год в данных, но за него нет результатов ОГЭ и ЕГЭ (последние — за ${examYear}); при необходимости задайте год строкой «Отчётный год» на листе «Параметры»`,
  ),
  missingColumn: said(
    "missingColumn",
    (sheet: string, key: string) =>
      `На листе ${q(sheet)} нет обязательного столбца ${q(fieldName(key))}; лист не учитывается`,
  ),
  duplicateColumn: said(
    "duplicateColumn",
    (key: string, first: string) =>
      `Второй столбец ${q(fieldName(key))}: используется первый (${first})`,
  ),
  excelError: said(
    "excelError",
    (error: string) =>
      `Ошибка Excel ${russianExcelError(error)} в ячейке: значение считается отсутствующим`,
  ),
  notANumber: said(
    "invalidValue",
    (text: string, key: string) =>
      `${q(text)} — не число; ожидалось число в столбце ${q(fieldName(key))}`,
  ),
  notACount: said("invalidValue", notACountText),
  negative: said("invalidValue", negativeText),
  implausible: said(
    "invalidValue",
    (text: string, key: string, most: number) =>
      `${fieldName(key)} (${text}) больше правдоподобного (не более ${grouped(most)}); значение не учитывается`,
  ),
  shareNegative: said("shareOutOfRange", negativeText),
  badDate: said(
    "invalidValue",
    (text: string) => `${q(text)} — не дата; ожидалась дата вида 31.03.2022`,
  ),
  badYear: said("invalidValue", badYearText),
  missingYear: said("missingYear", () => "Не указан год; строка не учитывается"),
  missingName: said("missingName", () => "Не указано наименование ОО; строка не учитывается"),
  missingPerson: said("missingPerson", () => "Не указаны ФИО; строка не учитывается"),
  missingSchool: said("missingSchool", () => "Не указана ОО; строка не учитывается"),
  missingProcedure: said("missingProcedure", () => "Не указана процедура; строка не учитывается"),
  missingSubject: said("missingSubject", () => "Не указан предмет; строка не учитывается"),
  missingGrade: said("missingGrade", () => "Для ВПР не указан класс; строка не учитывается"),
  duplicateSchool: said(
    "duplicateSchool",
    (name: string, row: number) =>
      `Школа ${q(name)} уже есть в строке ${row}; повторная строка не учитывается`,
  ),
  schoolNotFound: said(
    "schoolNotFound",
    (text: string, rows: NameRows, hints: readonly string[]) =>
      `Школа ${q(text)} не найдена на листе «ОО»; ${skippedRows(rows)}${maybeText(hints)}`,
  ),
  schoolAmbiguous: said(
    "schoolAmbiguous",
    (text: string, candidates: readonly string[], rows: NameRows) =>
      `${q(text)} подходит к нескольким школам: ${listSome(candidates.map(q))}; ${skippedRows(rows)}`,
  ),
  duplicateResult: said(
    "duplicateResult",
    (row: number) =>
      `Повтор строки ${row} (та же школа, год, процедура, предмет и класс); строка не учитывается`,
  ),
  percentColumn: said("percentColumn", (key: string, asPercent: boolean) =>
    asPercent
      ? `Столбец ${q(fieldName(key))}: числа без знака % прочитаны как проценты (разделены на 100)`
      : `Столбец ${q(fieldName(key))}: числа без знака % прочитаны как доли (от 0 до 1)`,
  ),
  shareAbove100: said(
    "shareOutOfRange",
    (text: string, key: string) =>
      `${fieldName(key)} (${text}) больше 100 %; значение не учитывается`,
  ),
  kpkAboveTeachers: said(
    "kpkAboveTeachers",
    (completed: number, teachers: number) =>
      `Прошли КПК (${completed}) больше численности педагогов (${teachers}); доля КПК не считается`,
  ),
  kpkNoTeachers: said(
    "kpkNoTeachers",
    (completed: number) =>
      `Прошли КПК ${completed} чел. при численности педагогов 0; доля КПК не считается`,
  ),
  kpkDiffers: said(
    "kpkDiffers",
    (name: string, fromTeachers: number, given: number) =>
      `${q(name)}: по листу «Педагоги» прошли КПК ${fromTeachers} чел., а в столбце «Прошли КПК» — ${given}; используется лист «Педагоги»`,
  ),
  staffDiffers: said(
    "staffDiffers",
    (name: string, staff: number, teachers: number) =>
      `${q(name)}: на листе «Педагоги» ${staff} чел., а численность педагогов ${teachers}; знаменатель — ${teachers}`,
  ),
  staffCompletedAboveTeachers: said(
    "kpkAboveTeachers",
    (name: string, completed: number, teachers: number) =>
      `${q(name)}: по листу «Педагоги» прошли КПК ${completed} чел., больше численности педагогов ${teachers}; доля КПК не считается`,
  ),
  futureCourse: said(
    "futureCourse",
    (day: number, asOf: number) =>
      `Дата окончания курса ${formatDate(day)} позже даты отчёта ${formatDate(asOf)}: курс не учитывается`,
  ),
  privateProvider: said(
    "privateProvider",
    (provider: string) =>
      `Курс после 01.09.2025 у организатора ${q(provider)} (частная организация): с 01.09.2025 ДПО педагогов ведут государственные и муниципальные организации — проверьте`,
  ),
  cont10AboveGrads: said(
    "cont10AboveGrads",
    (cont: number, grads: number) =>
      `Продолжили обучение в 10 классе (${cont}) больше выпускников 9 классов (${grads})`,
  ),
  countAboveStudents: said(
    "countAboveStudents",
    (label: string, count: number, students: number) =>
      `${label}: ${count} больше численности обучающихся (${students})`,
  ),
  unknownSetting: said(
    "unknownSetting",
    (key: string) => `Неизвестный параметр ${q(key)}; строка не учитывается`,
  ),
  badSetting: said("invalidValue", badSettingText),
  settingOutOfRange: said("badSetting", badSettingText),
  badReferenceYear: said(
    "badReferenceYear",
    (key: string) => `Параметр ${q(key)}: для эталонного значения нужен год в столбце «Год»`,
  ),
  municipalReference: said(
    "municipalReference",
    (label: string, year: number) =>
      `${label}: нет регионального значения за ${year} год на листе «Параметры»; используется среднее по району (муниципальное), а не региональное`,
  ),
  noReferenceData: said(
    "noReferenceData",
    (label: string, year: number) =>
      `${label}: нет ни регионального значения за ${year} год, ни данных для расчёта по району; показатель н/д`,
  ),
  badRiskLevel: said(
    "invalidValue",
    (text: string) =>
      `${q(text)} — не уровень риска; ожидалось «высокий», «средний», «низкий», «нет» или 3/2/1/0`,
  ),

  // ——— The report itself: what a cell of the report cannot hold (report/fitCellTexts).
  cellTextCut: said(
    "cellTextCut",
    (length: number, start: string) =>
      `Текст этой ячейки отчёта (${grouped(length)} ${plural(length, "знак", "знака", "знаков")}, начало: ${q(start)}) длиннее, чем вмещает ячейка Excel (32 767 знаков); он сокращён, в конце поставлено «…»`,
  ),

  // ——— Выгрузки ФИС ОКО: «Статистика по отметкам», «Сравнение отметок с отметками по журналу»,
  // ——— региональные списки ОО с признаками необъективных результатов (read/fisoko).
  fisokoDetected: said(
    "fisokoDetected",
    (label: string, what: string, schools: number) =>
      `Лист распознан как выгрузка ФИС ОКО ${q(label)}${what === "" ? "" : ` (${what})`}; прочитано строк школ из «ОО»: ${schools}`,
  ),
  fisokoMissingColumn: said(
    "fisokoMissingColumn",
    (label: string, column: string, effect: string) =>
      `Выгрузка ФИС ОКО ${q(label)}: нет столбца ${q(column)}; ${effect}`,
  ),
  fisokoUnknown: said(
    "fisokoUnknown",
    (what: string) =>
      `Выгрузка ФИС ОКО: не удалось определить ${what} — нет ни строки вида «ВПР 2026 Русский язык 4 класс» или «Дата: 20.04.2026» над таблицей, ни названия листа вида «РУ 4 …»; лист не учитывается`,
  ),
  fisokoFileUnrecognized: said(
    "fisokoFileUnrecognized",
    (file: string, why: string) =>
      `Файл ${q(file)} указан как выгрузка ФИС ОКО, но ${why}; файл не учитывается`,
  ),
  fisokoYearFromFile: said(
    "fisokoYearFromFile",
    (year: number) =>
      `На листе выгрузки не указан год: взят ${year} — год остальных выгрузок того же файла`,
  ),
  fisokoBadPercent: said(
    "fisokoBadValue",
    (text: string) => `${q(text)} — не процент; ожидалось число от 0 до 100`,
  ),
  fisokoNotACount: said("fisokoBadValue", notACountText),
  fisokoBadYear: said("fisokoBadValue", badYearText),
  fisokoBadCount: said(
    "fisokoBadValue",
    (text: string, column: string) =>
      `${column} (${text}) должно быть целым неотрицательным числом`,
  ),
  fisokoShareSum: said("fisokoShareSum", (sum: number, kind: "marks" | "journal") =>
    kind === "marks"
      ? `Проценты отметок «2»–«5» в строке дают в сумме ${formatNumber(sum, 2)} %, а не 100 % (допуск ±0,5): средняя отметка и доля «2» не учитываются`
      : `Проценты «Понизили», «Подтвердили», «Повысили» дают в сумме ${formatNumber(sum, 2)} %, а не 100 % (допуск ±0,5): они не учитываются`,
  ),
  fisokoSchoolBeforeMunicipality: said(
    "fisokoSchoolBeforeMunicipality",
    (name: string) =>
      `Строка школы ${q(name)} стоит выше строки её муниципалитета: выгрузка нарушена; строка не учитывается`,
  ),
  fisokoSchoolNotFound: said(
    "fisokoSchoolNotFound",
    (name: string, login: string | null, rows: NameRows, hints: readonly string[]) =>
      `Школа ${q(name)}${login === null ? "" : ` (логин ${login})`} из выгрузки ФИС ОКО не найдена на листе «ОО»; ${skippedRows(rows)}${maybeText(hints)}. Если это школа района, укажите её логин в столбце «Логин ФИС ОКО»`,
  ),
  fisokoSchoolAmbiguous: said(
    "fisokoSchoolAmbiguous",
    (name: string, candidates: readonly string[], rows: NameRows) =>
      `Школа ${q(name)} из выгрузки ФИС ОКО подходит к нескольким школам: ${candidates.map(q).join(", ")}; ${skippedRows(rows)}. Укажите логин в столбце «Логин ФИС ОКО»`,
  ),
  fisokoLoginConflict: said(
    "fisokoLoginConflict",
    (name: string, login: string, school: string, schoolLogin: string, rows: NameRows) =>
      `Школа ${q(name)} с логином ${login} похожа по названию на ${q(school)}, но у той на листе «ОО» логин ${schoolLogin}; ${skippedRows(rows)}`,
  ),
  fisokoMunicipalityNotFound: said(
    "fisokoMunicipalityNotFound",
    (name: string, rows: number) =>
      `Ни одна школа муниципалитета ${q(name)} из выгрузки ФИС ОКО (строк школ: ${rows}) не найдена на листе «ОО»; строки не учитываются`,
  ),
  fisokoDuplicate: said(
    "duplicateResult",
    (sheet: string, row: number) =>
      `Повтор: та же школа, предмет, класс и год уже есть на листе ${q(sheet)}, строка ${row}; строка не учитывается`,
  ),
  fisokoParticipantsDiffer: said(
    "fisokoParticipantsDiffer",
    (journal: number, marks: number, sheet: string, row: number) =>
      `Участников по сравнению с журналом ${journal}, а по статистике отметок ${marks} (лист ${q(sheet)}, строка ${row}); используется статистика отметок`,
  ),
  fisokoBadMarker: said(
    "fisokoBadMarker",
    (text: string) =>
      `${q(text)} — не отметка маркера; ожидалось 1 или пустая ячейка; маркер не учитывается`,
  ),
  fisokoMarkerCount: said(
    "fisokoMarkerCount",
    (given: number, marked: number) =>
      `Количество маркеров ${given}, а отмечено столбцов: ${marked}; используются отмеченные столбцы`,
  ),
  fisokoListRepeat: said(
    "fisokoListRepeat",
    (repeats: readonly string[]) =>
      `Строк, дословно повторяющих другие строки региональных списков (та же школа, год и маркеры): ${repeats.length}; каждая учтена один раз: ${listSome(repeats)}`,
  ),
  fisokoListDuplicate: said(
    "fisokoListDuplicate",
    (sheet: string, row: number) =>
      `Школа уже есть в региональном списке того же года (лист ${q(sheet)}, строка ${row}); строка не учитывается`,
  ),
} as const;

/** The code of every problem the engine records. */
export type ProblemCode = ReturnType<(typeof messages)[keyof typeof messages]>["code"];
