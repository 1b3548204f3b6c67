import { formatSettingInput } from "../../src/taskpane/formatSettingInput";
import { parseSettingInput, type InputKind } from "../../src/taskpane/parseSettingInput";

describe("parseSettingInput", () => {
  it.each<[string, InputKind, number | string | null]>([
    ["20", "share", 0.2],
    ["20 %", "share", 0.2],
    ["20%", "share", 0.2],
    ["0,5", "share", 0.005],
    ["15,5 %", "share", 0.155],
    ["100", "share", 1],
    ["5", "integer", 5],
    ["14,0", "integer", 14],
    ["1 234", "integer", 1234],
    ["16", "number", 16],
    ["1,5", "number", 1.5],
    ["1.5", "number", 1.5],
    ["31.03.2022", "date", "2022-03-31"],
    ["2022-03-31", "date", "2022-03-31"],
    ["", "date", null],
    ["2022", "year", 2022],
    ["", "year", null],
  ])("reads «%s» as a %s: %p", (text, kind, value) => {
    expect(parseSettingInput(text, kind)).toEqual({ ok: true, value });
  });

  it.each<[string, InputKind, string]>([
    ["двадцать", "share", "«двадцать» — не число; введите, например, 20 или 20 %"],
    ["120", "share", "Доля задаётся в процентах: от 0 до 100"],
    ["−5", "share", "Число не может быть отрицательным"],
    ["", "share", "Введите значение или нажмите «Сбросить»"],
    ["2,5", "integer", "Нужно целое число"],
    ["16 ч", "number", "«16 ч» — не число; введите, например, 16 или 1,5"],
    ["31.02.2022", "date", "«31.02.2022» — не дата; введите дату вида 31.03.2022"],
    ["22", "year", "«22» — не год; введите, например, 2022"],
  ])("refuses «%s» as a %s: %s", (text, kind, message) => {
    expect(parseSettingInput(text, kind)).toEqual({ ok: false, message });
  });
});

describe("formatSettingInput", () => {
  it.each<[number | string | null, InputKind, string]>([
    [0.2, "share", "20"],
    [0.005, "share", "0,5"],
    [0.15, "share", "15"],
    [1.5, "number", "1,5"],
    [2022, "year", "2022"],
    ["2022-03-31", "date", "31.03.2022"],
    [null, "date", ""],
  ])("writes %p as a %s: «%s»", (value, kind, text) => {
    expect(formatSettingInput(value, kind)).toBe(text);
  });
});
