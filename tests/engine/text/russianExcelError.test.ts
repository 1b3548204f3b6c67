import { russianExcelError } from "../../../src/engine/text/russianExcelError";

describe("russianExcelError", () => {
  it.each([
    ["#DIV/0!", "#ДЕЛ/0!"],
    ["#N/A", "#Н/Д"],
    ["#VALUE!", "#ЗНАЧ!"],
    ["#REF!", "#ССЫЛКА!"],
    ["#NAME?", "#ИМЯ?"],
    ["#NUM!", "#ЧИСЛО!"],
    ["#NULL!", "#ПУСТО!"],
    ["#ДЕЛ/0!", "#ДЕЛ/0!"],
    ["#BUSY!", "#BUSY!"],
  ])("writes %s as Russian Excel shows it: %s", (error, shown) => {
    expect(russianExcelError(error)).toBe(shown);
  });
});
