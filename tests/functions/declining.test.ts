import { column, excelError, row } from "./customFunctions";
import { declining } from "../../src/functions/functions";

describe("SHNOR.DECLINING", () => {
  describe("works", () => {
    it("is TRUE when the ОГЭ mean falls two years running: 4,1 → 4,0 → 3,9 (R3)", () => {
      expect(declining(row(4.1, 4.0, 3.9))).toBe(true);
      expect(declining(column(4.1, 4.0, 3.9))).toBe(true);
    });

    it("is FALSE when any step does not fall", () => {
      expect(declining(row(4.1, 4.0, 4.0))).toBe(false);
      expect(declining(row(4.0, 4.1, 3.9))).toBe(false);
    });

    it("looks only at the last steps", () => {
      expect(declining(row(3.0, 4.1, 4.0, 3.9))).toBe(true);
      expect(declining(row(4.2, 4.1, 4.0, 3.9), 3)).toBe(true);
      expect(declining(row(3.0, 4.1, 4.0, 3.9), 3)).toBe(false);
      expect(declining(row(4.1, 4.2, 3.9), 1)).toBe(true);
    });
  });

  describe("edge", () => {
    it("treats a difference within ε as no fall (A-05)", () => {
      expect(declining(row(4.1, 4.1 - 1e-12, 3.9))).toBe(false);
    });

    it("leaves off empty cells at the end of the range", () => {
      expect(declining(row(4.1, 4.0, 3.9, "", null))).toBe(true);
    });
  });

  describe("error", () => {
    it("answers #N/A for a gap among the last values, as R3 is н/д", () => {
      expect(excelError(() => declining(row(4.1, "", 3.9)))).toEqual({
        code: "#N/A",
        message: "Нет данных: среди последних 3 ячеек диапазона есть пустые",
      });
    });

    it("answers #N/A with too few values, and #VALUE! for text or a bad number of steps", () => {
      expect(excelError(() => declining(row(4.1, 4.0))).code).toBe("#N/A");
      expect(excelError(() => declining(row(4.1, "много", 3.9))).code).toBe("#VALUE!");
      expect(excelError(() => declining(row(4.1, 4.0, 3.9), 0))).toEqual({
        code: "#VALUE!",
        message: "«Число шагов» (0) должно быть целым числом не меньше 1",
      });
    });
  });
});
