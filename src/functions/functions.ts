import {
  APP_VERSION,
  METHOD_VERSION,
  classifyFormula,
  decliningFormula,
  isbshFormula,
  kpkDueFormula,
  kpkShareFormula,
  kpkTotalFormula,
  kpkValidFormula,
  lowestFormula,
  normNameFormula,
  pluralFormula,
  prankFormula,
  reasonsFormula,
  riskFormula,
} from "../engine";
import { cell, excelSerial, optionalRange, range, result, today } from "./marshal";

// Registration: at build time custom-functions-metadata-plugin writes functions.json from the
// JSDoc below and appends `CustomFunctions.associate(id, function)` for every @customfunction
// here, so a new function is one declaration; importing this file (tests) registers nothing.
// Declarations, not arrow functions: the generator skips those. Parameters are `any` so that
// an empty cell reaches the engine as empty (Excel would turn it into 0 for a `number`).
/* eslint-disable @typescript-eslint/no-explicit-any -- see above: `any` keeps empty cells empty */
// Each function wraps one engine formula (src/engine/formulas); the rules live there.

/**
 * Доля педагогов, прошедших КПК, в одной школе: прошли / численность педагогов, без округления.
 * @customfunction KPK_SHARE
 * @param completed Прошли КПК, человек: целое число не меньше 0.
 * @param total Численность педагогических работников, человек: целое число не меньше 0.
 * @returns Доля от 0 до 1; #ЗНАЧ!, если прошедших больше, чем педагогов; #Н/Д для пустой ячейки.
 * @example =SHNOR.KPK_SHARE(14; 30) → 0,4667
 */
export function kpkShare(completed: any, total: any): number {
  return result(kpkShareFormula(cell(completed), cell(total)));
}

/**
 * Итоговая доля педагогов с КПК по району: сумма прошедших / сумма педагогов, а не среднее долей.
 * @customfunction KPK_TOTAL
 * @param completed Прошли КПК по школам: столбец целых чисел; пустые строки не учитываются.
 * @param total Численность педагогов по тем же школам: столбец того же размера.
 * @returns Доля от 0 до 1; #ЗНАЧ! с номером строки при ошибке в данных школы.
 * @example =SHNOR.KPK_TOTAL(C2:C5; D2:D5) → 0,4 (C: 14, 8, 12, 6; D: 30, 18, 36, 16)
 */
export function kpkTotal(completed: any[][], total: any[][]): number {
  return result(kpkTotalFormula(range(completed), range(total)));
}

/**
 * Засчитывается ли курс КПК на дату: окончен в пределах срока действия и не короче наименьшего объёма.
 * @customfunction KPK_VALID
 * @param endDate Дата окончания курса: дата Excel или текст 31.03.2022; пусто — курса нет.
 * @param hours Объём курса, часов.
 * @param [asOf] Дата расчёта; по умолчанию сегодня.
 * @param [years] Срок действия КПК, лет; по умолчанию 3.
 * @param [minHours] Наименьший объём курса, часов; по умолчанию 16.
 * @returns ИСТИНА, если курс засчитывается; ЛОЖЬ, если нет или курса нет.
 * @example =SHNOR.KPK_VALID("01.04.2019"; 16; "31.03.2022") → ИСТИНА
 */
export function kpkValid(
  endDate: any,
  hours: any,
  asOf?: any,
  years?: any,
  minHours?: any,
): boolean {
  return result(
    kpkValidFormula(cell(endDate), cell(hours), cell(asOf), cell(years), cell(minHours), today()),
  );
}

/**
 * Дата, когда нужен следующий курс КПК: дата окончания последнего курса + срок действия.
 * @customfunction KPK_DUE
 * @param endDate Дата окончания последнего засчитанного курса; пусто — курса нет.
 * @param [years] Срок действия КПК, лет; по умолчанию 3.
 * @returns Дата Excel (задайте ячейке формат даты) или «сейчас», если курса нет.
 * @example =SHNOR.KPK_DUE("15.08.2020") → 15.08.2023
 */
export function kpkDue(endDate: any, years?: any): any {
  const due = result(kpkDueFormula(cell(endDate), cell(years), today()));
  return typeof due === "number" ? excelSerial(due) : due;
}

/**
 * Процентильный ранг значения среди значений: (ранг − 1) / (n − 1), при равенстве — средний ранг.
 * @customfunction PRANK
 * @param value Значение, например средний балл школы.
 * @param values Значения всех школ; пустые ячейки не учитываются.
 * @returns Число от 0 (самое низкое) до 1 (самое высокое).
 * @example =SHNOR.PRANK(3; A1:A5) → 0,5 (A: 1, 2, 3, 4, 5)
 */
export function prank(value: any, values: any[][]): number {
  return result(prankFormula(cell(value), range(values)));
}

/**
 * Входит ли значение в нижнюю долю значений (правило I1): k = ⌈доля · N⌉, равные k-му включаются.
 * @customfunction LOWEST
 * @param value Значение, например композитный результат школы.
 * @param values Значения всех школ; пустые ячейки не учитываются.
 * @param [share] Доля: 0,2 или 20 %; по умолчанию 0,2.
 * @returns ИСТИНА, если значение среди самых низких.
 * @example =SHNOR.LOWEST(1; A1:A5) → ИСТИНА (A: 1, 2, 3, 4, 5)
 */
export function lowest(value: any, values: any[][], share?: any): boolean {
  return result(lowestFormula(cell(value), range(values), cell(share), today()));
}

/**
 * Снижаются ли последние значения на каждом шаге (как R3, R4: средний балл ОГЭ падает два года).
 * @customfunction DECLINING
 * @param values Значения по годам, от раннего к позднему.
 * @param [steps] Число последних шагов; по умолчанию 2 (три последних значения).
 * @returns ИСТИНА, если каждое следующее значение меньше предыдущего.
 * @example =SHNOR.DECLINING(B2:D2) → ИСТИНА (B–D: 4,1; 4,0; 3,9)
 */
export function declining(values: any[][], steps?: any): boolean {
  return result(decliningFormula(range(values), cell(steps)));
}

/**
 * Уровень риска школы по строке показателей: «высокий» (ШНОР), «средний» (зона риска), «низкий», «н/д».
 * @customfunction RISK
 * @param values Строка показателей одной школы.
 * @param headers Заголовки тех же столбцов (I1, Выпускники 9 классов, Средний балл ОГЭ по русскому языку 2022 …).
 * @param [params] Таблица параметров в формате листа «Параметры», с заголовком; без неё — значения по умолчанию.
 * @returns «высокий», «средний», «низкий» или «н/д».
 * @example =SHNOR.RISK(B2:P2; B$1:P$1) → высокий
 */
export function risk(values: any[][], headers: any[][], params?: any[][]): string {
  return result(riskFormula(range(values), range(headers), optionalRange(params), today()));
}

/**
 * Причины статуса школы по строке показателей: выполненные показатели с числами и порогами.
 * @customfunction REASONS
 * @param values Строка показателей одной школы.
 * @param headers Заголовки тех же столбцов.
 * @param [params] Таблица параметров в формате листа «Параметры», с заголовком.
 * @returns Причины через «; », «—», если их нет, или чего не хватает для статуса.
 * @example =SHNOR.REASONS(B2:P2; B$1:P$1) → I2: Менее 60 % выпускников 9 класса продолжают обучение в 10 классе (значение 50,0 %; порог 60,0 %)
 */
export function reasons(values: any[][], headers: any[][], params?: any[][]): string {
  return result(reasonsFormula(range(values), range(headers), optionalRange(params), today()));
}

/**
 * Индекс социального благополучия школы (ИСБШ): взвешенное среднее z-оценок долей по району.
 * @customfunction ISBSH
 * @param values Строка долей одной школы (неполные семьи, ОВЗ …) или региональный ИСБШ.
 * @param headers Заголовки тех же столбцов.
 * @param [district] Те же столбцы для всех школ района, без заголовка: по ним считаются z-оценки.
 * @param [params] Таблица параметров в формате листа «Параметры», с заголовком.
 * @returns ИСБШ: 0 — среднее по району, −1 — на одно стандартное отклонение хуже.
 * @example =SHNOR.ISBSH(B2:G2; B$1:G$1; B$2:G$30) → −0,85
 */
export function isbsh(
  values: any[][],
  headers: any[][],
  district?: any[][],
  params?: any[][],
): number {
  return result(
    isbshFormula(
      range(values),
      range(headers),
      optionalRange(district),
      optionalRange(params),
      today(),
    ),
  );
}

/**
 * Вся методика одной формулой: статусы школ по таблицам ОО и Результаты (с заголовками).
 * @customfunction CLASSIFY
 * @param schools Таблица ОО со строкой заголовков, например ОО[#Все].
 * @param results Таблица результатов (ОГЭ, ЕГЭ, ВПР) со строкой заголовков.
 * @param [params] Таблица «Параметры» со строкой заголовков.
 * @param [teachers] Таблица «Педагоги» со строкой заголовков: КПК по педагогам.
 * @returns Таблица: ОО, Статус, ШНСУ, Композитный результат, Причины.
 * @example =SHNOR.CLASSIFY(ОО[#Все]; Результаты[#Все]; Параметры[#Все]) → таблица статусов
 */
export function classify(
  schools: any[][],
  results: any[][],
  params?: any[][],
  teachers?: any[][],
): any[][] {
  return result(
    classifyFormula(
      range(schools),
      range(results),
      optionalRange(params),
      optionalRange(teachers),
      today(),
    ),
  );
}

/**
 * Ключ наименования школы для поиска между листами: вид, номер, собственное имя и населённый пункт без МБОУ и кавычек.
 * @customfunction NORMNAME
 * @param name Наименование ОО как записано в таблице.
 * @returns Ключ, например «СОШ №10» для «МБОУ «СОШ №10» ИГОСК».
 * @example =SHNOR.NORMNAME("МБОУ «СОШ №10» ИГОСК") → СОШ №10
 */
export function normName(name: any): string {
  return result(normNameFormula(cell(name)));
}

/**
 * Форма слова для числа: 1 школа, 3 школы, 5 школ.
 * @customfunction PLURAL
 * @param n Число.
 * @param one Форма для 1, 21, 101 («школа»).
 * @param few Форма для 2–4, 22–24 («школы»).
 * @param many Форма для 0, 5–20 («школ»).
 * @returns Нужная форма слова.
 * @example =SHNOR.PLURAL(3; "школа"; "школы"; "школ") → школы
 */
export function plural(n: any, one: any, few: any, many: any): string {
  return result(pluralFormula(cell(n), cell(one), cell(few), cell(many)));
}

/**
 * Версии надстройки и методики расчёта.
 * @customfunction VERSION
 * @returns Строка вида «ШНОР Монитор 0.1.0; методика 2026.1».
 * @example =SHNOR.VERSION() → ШНОР Монитор 0.1.0; методика 2026.1
 */
export function version(): string {
  return `ШНОР Монитор ${APP_VERSION}; методика ${METHOD_VERSION}`;
}
