import type { CellValue, SheetInput } from "../../../../src/engine";
import { PLAUSIBLE_MAX } from "../../../../src/engine/read/schema/PLAUSIBLE_MAX";
import { SCHOOL_FIELDS } from "../../../../src/engine/read/schema/SCHOOL_FIELDS";
import { RESULT_FIELDS } from "../../../../src/engine/read/schema/RESULT_FIELDS";
import { TEACHER_FIELDS } from "../../../../src/engine/read/schema/TEACHER_FIELDS";
import { analyzeSheets, sheet, TEACHERS_HEADER } from "../../../helpers/workbook";

const SCHOOL = "СОШ №1";

/** ОО of one school whose cell B2, under `header`, holds `value`. */
const schools = (header: string, value: CellValue): SheetInput[] => [
  sheet("ОО", [
    ["Наименование ОО", header],
    [SCHOOL, value],
  ]),
];

/** One row of the school (ОГЭ unless told) whose cell E2, under `header`, holds `value`. */
const results = (header: string, value: CellValue, procedure = "ОГЭ"): SheetInput[] => [
  sheet("ОО", [["Наименование ОО"], [SCHOOL]]),
  sheet("Результаты", [
    ["ОО", "Год", "Процедура", "Предмет", header],
    [SCHOOL, 2022, procedure, "Математика", value],
  ]),
];

/** One course of a teacher of the school, its hours (E2) `value`. */
const courses = (value: CellValue): SheetInput[] => [
  sheet("ОО", [["Наименование ОО"], [SCHOOL]]),
  sheet("Педагоги", [
    TEACHERS_HEADER,
    ["Иванова А. А.", SCHOOL, "учитель", "ФГОС", value, "01.03.2022", "ИРО"],
  ]),
];

/** A value above what a field can plausibly hold: where it is read and what is said. */
interface Case {
  readonly what: string;
  readonly sheets: SheetInput[];
  readonly cell: string;
  readonly message: string | null;
}

const CASES: readonly Case[] = [
  {
    what: "10 001 teachers",
    sheets: schools("Численность педагогических работников", 10_001),
    cell: "ОО!B2",
    message:
      "Численность педагогических работников (10001) больше правдоподобного (не более 10 000); значение не учитывается",
  },
  {
    what: "1e308 teachers",
    sheets: schools("Численность педагогических работников", 1e308),
    cell: "ОО!B2",
    message:
      "Численность педагогических работников (1e+308) больше правдоподобного (не более 10 000); значение не учитывается",
  },
  {
    what: "«1 000 000» teachers written as text",
    sheets: schools("Численность педагогических работников", "1 000 000"),
    cell: "ОО!B2",
    message:
      "Численность педагогических работников (1 000 000) больше правдоподобного (не более 10 000); значение не учитывается",
  },
  {
    what: "10 000 teachers, the largest plausible",
    sheets: schools("Численность педагогических работников", 10_000),
    cell: "ОО!B2",
    message: null,
  },
  {
    what: "50 001 students",
    sheets: schools("Численность обучающихся", 50_001),
    cell: "ОО!B2",
    message:
      "Численность обучающихся (50001) больше правдоподобного (не более 50 000); значение не учитывается",
  },
  {
    what: "10 001 participants in one procedure row",
    sheets: results("Участников", 10_001),
    cell: "Результаты!E2",
    message: "Участников (10001) больше правдоподобного (не более 10 000); значение не учитывается",
  },
  {
    what: "a mean score of 100,5",
    sheets: results("Средний балл", "100,5"),
    cell: "Результаты!E2",
    message: "Средний балл (100,5) больше правдоподобного (не более 100); значение не учитывается",
  },
  {
    what: "grade 13 of a ВПР row",
    sheets: results("Класс", 13, "ВПР"),
    cell: "Результаты!E2",
    message: "Класс (13) больше правдоподобного (не более 12); значение не учитывается",
  },
  {
    what: "a course of 1e12 hours",
    sheets: courses(1e12),
    cell: "Педагоги!E2",
    message:
      "Часы (1000000000000) больше правдоподобного (не более 10 000); значение не учитывается",
  },
  {
    what: "the year 2101",
    sheets: results("Участников", 10).map((s) =>
      s.name === "Результаты"
        ? sheet("Результаты", [
            ["ОО", "Год", "Процедура", "Предмет"],
            [SCHOOL, 2101, "ОГЭ", "Математика"],
          ])
        : s,
    ),
    cell: "Результаты!B2",
    message:
      "«2101» — не учебный год; ожидалось, например, 2022 или 2021-2022; строка не учитывается",
  },
];

describe("a value above any plausible one is an error naming its cell, and is left out", () => {
  it.each(CASES.map((c) => [c.what, c] as const))("%s", (_what, { sheets, cell, message }) => {
    const found = analyzeSheets(sheets).problems.filter((p) => `${p.sheet}!${p.cell}` === cell);
    expect(found.map((p) => [p.severity, p.code, p.message])).toEqual(
      message === null ? [] : [["error", "invalidValue", message]],
    );
  });

  it("leaves the implausible count out: 10 001 teachers give no КПК share", () => {
    const results = analyzeSheets([
      sheet("ОО", [
        ["Наименование ОО", "Численность педагогических работников", "Прошли КПК"],
        [SCHOOL, 10_001, 7],
      ]),
    ]);
    expect(results.schools[0].kpk.total).toBeNull();
  });

  it("bounds only fields the sheets have, each once", () => {
    const keys = new Set([...SCHOOL_FIELDS, ...RESULT_FIELDS, ...TEACHER_FIELDS].map((f) => f.key));
    const bounded = PLAUSIBLE_MAX.map((entry) => entry.key);
    expect(bounded.filter((key) => !keys.has(key))).toEqual([]);
    expect(new Set(bounded).size).toBe(bounded.length);
  });
});
