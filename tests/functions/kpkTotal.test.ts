import { column, excelError } from "./customFunctions";
import { kpkTotal } from "../../src/functions/functions";

const SEED_COMPLETED = column(14, 8, 12, 6);
const SEED_TEACHERS = column(30, 18, 36, 16);

describe("SHNOR.KPK_TOTAL", () => {
  describe("works", () => {
    it("pools seed 000's four schools: 40 of 100 is 0,4, not the mean of shares (0,405)", () => {
      expect(kpkTotal(SEED_COMPLETED, SEED_TEACHERS)).toBeCloseTo(0.4, 12);
      const meanOfShares = (14 / 30 + 8 / 18 + 12 / 36 + 6 / 16) / 4;
      expect(kpkTotal(SEED_COMPLETED, SEED_TEACHERS)).not.toBeCloseTo(meanOfShares, 3);
    });

    it("takes rows as well as columns", () => {
      expect(kpkTotal([[14, 8, 12, 6]], [[30, 18, 36, 16]])).toBeCloseTo(0.4, 12);
    });
  });

  describe("edge", () => {
    it("leaves out a school with a count missing, or 0 of 0, from both sums (A-45)", () => {
      expect(kpkTotal(column(14, "", 0, 6), column(30, 18, 0, 16))).toBe(20 / 46);
      expect(kpkTotal(column(14, 8), column(30, ""))).toBe(14 / 30);
    });

    it("answers #N/A when no school has both counts", () => {
      expect(excelError(() => kpkTotal(column("", ""), column("", "")))).toEqual({
        code: "#N/A",
        message: "Нет данных: ни у одной школы нет и прошедших КПК, и численности педагогов",
      });
    });
  });

  describe("error", () => {
    it("names the position of a bad count instead of skipping it", () => {
      expect(excelError(() => kpkTotal(column(14, 8.5), column(30, 18)))).toEqual({
        code: "#VALUE!",
        message:
          "Позиция 2 в диапазонах: Прошли КПК (8,5) должно быть целым неотрицательным числом",
      });
      expect(excelError(() => kpkTotal(column(14, 20), column(30, 18)))).toEqual({
        code: "#VALUE!",
        message:
          "Позиция 2 в диапазонах: Прошли КПК (20) больше численности педагогов (18); доля КПК не считается",
      });
    });

    it("rejects ranges of different sizes", () => {
      expect(excelError(() => kpkTotal(column(14, 8), column(30, 18, 36)))).toEqual({
        code: "#VALUE!",
        message:
          "Диапазоны «Прошли КПК» (2 × 1) и «Численность педагогических работников» (3 × 1) должны быть одного размера",
      });
    });
  });
});
