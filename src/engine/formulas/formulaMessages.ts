import { russianExcelError } from "../text/russianExcelError";
import { countOf } from "../format/plural";

const q = (text: string) => `«${text}»`;

/**
 * The Russian messages of the worksheet formulas (SPEC 7): the argument is named the way the
 * function's help names it, so the user knows which cell to fix.
 */
export const formulaMessages = {
  missing: (label: string) => `Нет данных: не указано значение ${q(label)}`,
  excelError: (label: string, error: string) =>
    `Нет данных: в значении ${q(label)} ошибка ${russianExcelError(error)}`,
  notANumber: (label: string, text: string) => `${q(label)}: ${q(text)} — не число`,
  notADate: (label: string, text: string) =>
    `${q(label)}: ${q(text)} — не дата; ожидалась дата Excel или текст вида 31.03.2022`,
  notAShare: (label: string, text: string) =>
    `${q(label)} (${text}) должно быть долей от 0 до 1 или процентом от 0 % до 100 %`,
  notAWholeNumber: (label: string, text: string, min: number) =>
    `${q(label)} (${text}) должно быть целым числом не меньше ${min}`,
  notAFlag: (label: string, text: string) =>
    `${q(label)}: ${q(text)} — ожидалось «да» или «нет» (ИСТИНА/ЛОЖЬ, 1/0, +/−)`,
  notPositive: (label: string, text: string) => `${q(label)} (${text}) должно быть больше 0`,
  notText: (label: string, text: string) => `${q(label)}: ${q(text)} — ожидался текст`,
  notANumberText: (text: string) => `${q(text)} — не число`,
  inRange: (label: string, index: number, message: string) =>
    `Ячейка ${index} диапазона ${q(label)}: ${message}`,
  atPosition: (index: number, message: string) => `Позиция ${index} в диапазонах: ${message}`,
  sizeMismatch: (first: string, firstSize: string, second: string, secondSize: string) =>
    `Диапазоны ${q(first)} (${firstSize}) и ${q(second)} (${secondSize}) должны быть одного размера`,
  tooFewNumbers: (label: string, count: number, min: number) =>
    `Нет данных: в диапазоне ${q(label)} ${countOf(count, "число", "числа", "чисел")}, а нужно не меньше ${min}`,
  kpkZeroStaff: () => "Нет данных: численность педагогов 0, доля КПК не считается",
  kpkNoSchool: () => "Нет данных: ни у одной школы нет и прошедших КПК, и численности педагогов",
  lastCellsMissing: (count: number) =>
    `Нет данных: среди последних ${countOf(count, "ячейки", "ячеек", "ячеек")} диапазона есть пустые`,
  noHeadersRecognised: () =>
    "Ни один заголовок не распознан; ожидались, например, «I1», «Выпускники 9 классов», " +
    "«Доля не преодолевших порог ОГЭ по русскому языку 2022», «Средний балл ОГЭ по математике 2021»",
  column: (header: string, message: string) => `Столбец ${q(header)}: ${message}`,
  noReasons: () => "—",
  isbshNotComputed: (minInputs: number) =>
    `Нет данных: ИСБШ не рассчитан; нужны доли не менее ${minInputs} показателей ИСБШ у школы и ` +
    "значения нескольких школ района (таблица района — третий аргумент) или региональный ИСБШ",
  params: (message: string) => `Параметры: ${message}`,
  unreadableTable: (message: string) =>
    `${message}. Передайте таблицу ОО вместе со строкой заголовков, например ОО[#Все]`,
  emptyName: () => "Нет данных: не указано наименование ОО",
} as const;
