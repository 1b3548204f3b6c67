import { excelError, row } from "./customFunctions";
import { reasons } from "../../src/functions/functions";

const HEADERS = row(
  "I1",
  "Композитный результат",
  "Порог I1",
  "Доля продолживших обучение в 10 классе",
  "RF1",
  "RF3",
  "RF4",
);

describe("SHNOR.REASONS", () => {
  describe("works", () => {
    it("names each met indicator with its value and threshold, as the sheet «Статусы ОО» does", () => {
      expect(reasons(row("да", 0.12, 0.18, "45,83%", "", "", ""), HEADERS)).toBe(
        "I1: Устойчиво низкие результаты (нижние 20 % по ЕГЭ, ОГЭ, ВПР за 3 года) (значение 12; порог 18); " +
          "I2: Менее 60 % выпускников 9 класса продолжают обучение в 10 классе (значение 45,8 %; порог 60,0 %)",
      );
    });

    it("names the high risk factors when they put the school in the risk zone", () => {
      expect(reasons(row("нет", 0.5, 0.18, 0.8, "высокий", "высокий", "высокий"), HEADERS)).toBe(
        "Факторы риска уровня «высокий» (3): «Низкий уровень оснащения школы», " +
          "«Недостаточная предметная и методическая компетентность педагогических работников», " +
          "«Риски низкой адаптивности учебного процесса»",
      );
    });
  });

  describe("edge", () => {
    it("says «—» for a school with no reasons", () => {
      const headers = row(
        "I1",
        "Доля продолживших обучение в 10 классе",
        "Доля участников олимпиад",
        "Доля не преодолевших порог ОГЭ по русскому языку",
        "Эталон R1",
        "Доля не преодолевших порог ОГЭ по математике",
        "Эталон R2",
      );
      expect(reasons(row("нет", 0.8, "2%", "1%", "3%", "2%", "5%"), headers)).toBe("—");
    });

    it("says what is missing when the data are insufficient", () => {
      expect(reasons(row("", "", "", 0.8, "", "", ""), HEADERS)).toBe(
        "Недостаточно данных: I1 н/д; рассчитано показателей 1 из 8",
      );
      expect(reasons(row("нет", "", "", 0.8, "", "", ""), HEADERS)).toBe(
        "Недостаточно данных: рассчитано показателей 1 из 8",
      );
    });
  });

  describe("error", () => {
    it("rejects a share above 100 %", () => {
      expect(excelError(() => reasons(row("да", "", "", "120%", "", "", ""), HEADERS))).toEqual({
        code: "#VALUE!",
        message:
          "«Доля продолживших обучение в 10 классе» (120%) должно быть долей от 0 до 1 или процентом от 0 % до 100 %",
      });
    });

    it("rejects headers that name nothing it knows", () => {
      expect(excelError(() => reasons(row(1), row("Итого"))).code).toBe("#VALUE!");
    });
  });
});
