import { excelError, row } from "./customFunctions";
import { risk } from "../../src/functions/functions";

// A school's row: I1 flag, grade-9 graduates and those who went on to grade 10, olympiad
// share, ОГЭ means of three years and the fail share against the regional one.
const HEADERS = row(
  "I1",
  "Выпускники 9 классов",
  "Продолжили обучение в 10 классе",
  "Доля участников олимпиад",
  "Средний балл ОГЭ по русскому языку 2020",
  "Средний балл ОГЭ по русскому языку 2021",
  "Средний балл ОГЭ по русскому языку 2022",
  "Доля не преодолевших порог ОГЭ по математике 2022",
  "Региональная доля не преодолевших порог ОГЭ по математике",
);
const SHNOR = row("да", 40, 20, "0,2%", 4.1, 4.0, 3.9, "12%", "8%");
const NORMAL = row("нет", 40, 30, "1%", 4.1, 4.2, 4.3, "2%", "8%");

describe("SHNOR.RISK", () => {
  describe("works", () => {
    it("is «высокий» when I1 is met with a confirming indicator (ШНОР, SPEC 4.4)", () => {
      expect(risk(SHNOR, HEADERS)).toBe("высокий");
    });

    it("is «низкий» when I1 is not met and enough indicators are computed and not met", () => {
      expect(risk(NORMAL, HEADERS)).toBe("низкий");
    });

    it("is «средний» for the risk zone: a falling ОГЭ mean alone (R3)", () => {
      expect(risk(row("нет", 40, 30, "1%", 4.1, 4.0, 3.9, "2%", "8%"), HEADERS)).toBe("средний");
    });

    it("is «средний» for I1 met with nothing confirming", () => {
      expect(risk(row("да", 40, 30, "1%", 4.1, 4.2, 4.3, "2%", "8%"), HEADERS)).toBe("средний");
    });

    it("is «н/д» when the data are insufficient", () => {
      expect(risk(row("нет", "", "", "", "", "", "", "", ""), HEADERS)).toBe("н/д");
    });
  });

  describe("I1 given three ways", () => {
    const rest = ["Выпускники 9 классов", "Продолжили обучение в 10 классе"];
    it("from a composite at or below the district's threshold «Порог I1»", () => {
      const headers = row("Композитный результат", "Порог I1", ...rest);
      expect(risk(row(0.18, 0.21, 40, 20), headers)).toBe("высокий");
      // Above the threshold I1 is not met, and one indicator of eight is too few for «низкий».
      expect(risk(row(0.25, 0.21, 40, 20), headers)).toBe("н/д");
    });

    it("from a percentile rank compared with lowShare (0,2 unless Параметры says)", () => {
      const headers = row("Процентильный ранг", ...rest);
      expect(risk(row(0.15, 40, 20), headers)).toBe("высокий");
      expect(risk(row(0.25, 40, 20), headers)).toBe("н/д");
      const params = [
        ["Параметр", "Значение"],
        ["lowShare", "30%"],
      ];
      expect(risk(row(0.25, 40, 20), headers, params)).toBe("высокий");
    });
  });

  describe("edge", () => {
    it("takes an empty cell as missing, never as 0: no graduates figure, no I2", () => {
      const headers = row("I1", "Выпускники 9 классов", "Продолжили обучение в 10 классе");
      expect(risk(row("да", "", 0), headers)).toBe("средний");
    });

    it("gives no I2 to a school without grade 10 (Уровень ООШ, A-10)", () => {
      const headers = row(
        "I1",
        "Уровень",
        "Выпускники 9 классов",
        "Продолжили обучение в 10 классе",
      );
      expect(risk(row("да", "СОШ", 40, 20), headers)).toBe("высокий");
      expect(risk(row("да", "ООШ", 40, 20), headers)).toBe("средний");
    });

    it("counts three high risk factors toward the risk zone only when I1 is computed (A-35)", () => {
      const headers = row("I1", "RF1", "Фактор 3", "Дефицит педагогических кадров");
      expect(risk(row("нет", "высокий", 3, "да"), headers)).toBe("средний");
      expect(risk(row("", "высокий", 3, "да"), headers)).toBe("н/д");
    });

    it("derives RF5 from the КПК counts: 10 of 30 is «высокий»", () => {
      const headers = row(
        "I1",
        "RF1",
        "RF3",
        "Прошли КПК",
        "Численность педагогических работников",
      );
      expect(risk(row("нет", 3, 3, 10, 30), headers)).toBe("средний");
      expect(risk(row("нет", 3, 3, 28, 30), headers)).toBe("н/д");
    });

    it("takes references of year Y from Параметры", () => {
      const headers = row("I1", "Доля не преодолевших порог ОГЭ по математике 2022");
      const params = [
        ["Параметр", "Значение", "Год"],
        ["ref.ОГЭ.математика.failShare", "8%", 2021],
        ["ref.ОГЭ.математика.failShare", "15%", 2022],
      ];
      expect(risk(row("да", "12%"), headers, params)).toBe("средний"); // 12 % < 15 %: R2 not met
      expect(risk(row("да", "16%"), headers, params)).toBe("высокий");
    });

    it("ignores columns it does not know and accepts a column of values with a column of headers", () => {
      expect(
        risk(
          SHNOR.map((r) => [...r, "примечание"]),
          HEADERS.map((h) => [...h, "Комментарий"]),
        ),
      ).toBe("высокий");
      expect(
        risk(
          SHNOR[0].map((v) => [v]),
          HEADERS[0].map((h) => [h]),
        ),
      ).toBe("высокий");
    });
  });

  describe("error", () => {
    it("rejects values and headers of different sizes", () => {
      expect(excelError(() => risk(row("да", 40), HEADERS))).toEqual({
        code: "#VALUE!",
        message: "Диапазоны «Значения» (1 × 2) и «Заголовки» (1 × 9) должны быть одного размера",
      });
    });

    it("rejects a row whose headers name nothing it knows", () => {
      const outcome = excelError(() => risk(row(1, 2), row("Примечание", "Комментарий")));
      expect(outcome.code).toBe("#VALUE!");
      expect(outcome.message).toMatch(/^Ни один заголовок не распознан/);
    });

    it("names the cell with a bad value: a fractional count, a bad yes/no, a bad level", () => {
      expect(
        excelError(() =>
          risk(
            row("да", 40.5, 20),
            HEADERS.map((h) => h.slice(0, 3)),
          ),
        ),
      ).toEqual({
        code: "#VALUE!",
        message: "Выпускники 9 классов (40,5) должно быть целым неотрицательным числом",
      });
      expect(excelError(() => risk(row("может быть"), row("I1")))).toEqual({
        code: "#VALUE!",
        message: "«I1»: «может быть» — ожидалось «да» или «нет» (ИСТИНА/ЛОЖЬ, 1/0, +/−)",
      });
      expect(excelError(() => risk(row("очень"), row("RF1"))).message).toBe(
        "Столбец «RF1»: «очень» — не уровень риска; ожидалось «высокий», «средний», «низкий», «нет» или 3/2/1/0",
      );
    });

    it("rejects more pupils going on to grade 10 than graduated", () => {
      expect(
        excelError(() =>
          risk(
            row("да", 20, 40),
            HEADERS.map((h) => h.slice(0, 3)),
          ),
        ),
      ).toEqual({
        code: "#VALUE!",
        message: "Продолжили обучение в 10 классе (40) больше выпускников 9 классов (20)",
      });
    });

    it("rejects an error in the parameters table", () => {
      const params = [
        ["Параметр", "Значение"],
        ["lowShare", "-5"],
      ];
      const outcome = excelError(() => risk(SHNOR, HEADERS, params));
      expect(outcome.code).toBe("#VALUE!");
      expect(outcome.message).toMatch(/^Параметры: Параметр «lowShare»/);
    });
  });
});
