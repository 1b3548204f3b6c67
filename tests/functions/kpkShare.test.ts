import { excelError } from "./customFunctions";
import { kpkShare } from "../../src/functions/functions";

// Seed 000 (Изобильненский ГО): 14/30, 8/18, 12/36, 6/16.
describe("SHNOR.KPK_SHARE", () => {
  describe("works", () => {
    it("gives seed 000's first school 14 of 30 as 0,4667, unrounded", () => {
      expect(kpkShare(14, 30)).toBeCloseTo(0.4667, 4);
      expect(kpkShare(14, 30)).toBe(14 / 30);
    });

    it.each([
      [8, 18, 8 / 18],
      [12, 36, 12 / 36],
      [6, 16, 0.375],
      [30, 30, 1],
      [0, 30, 0],
    ])("gives %p of %p → %p", (completed, total, share) => {
      expect(kpkShare(completed, total)).toBe(share);
    });
  });

  describe("edge", () => {
    it("reads counts typed as text, with a decimal comma or spaces: «14», «14,0», «1 245»", () => {
      expect(kpkShare("14", "30")).toBe(14 / 30);
      expect(kpkShare("14,0", 30)).toBe(14 / 30);
      expect(kpkShare(1000, "1 245")).toBe(1000 / 1245);
    });

    it("answers #N/A «нет данных» for an empty cell, never a share of 0", () => {
      for (const empty of [null, undefined, "", "  ", "н/д", "-"]) {
        expect(excelError(() => kpkShare(empty, 30))).toEqual({
          code: "#N/A",
          message: "Нет данных: не указано значение «Прошли КПК»",
        });
      }
      expect(excelError(() => kpkShare(14, null)).code).toBe("#N/A");
    });

    it("answers #N/A for 0 of 0: a school without staff has no share", () => {
      expect(excelError(() => kpkShare(0, 0))).toEqual({
        code: "#N/A",
        message: "Нет данных: численность педагогов 0, доля КПК не считается",
      });
    });
  });

  describe("error", () => {
    it("rejects a fractional count: «Прошли КПК (14,5) должно быть целым неотрицательным числом»", () => {
      expect(excelError(() => kpkShare(14.5, 30))).toEqual({
        code: "#VALUE!",
        message: "Прошли КПК (14,5) должно быть целым неотрицательным числом",
      });
      expect(excelError(() => kpkShare("14,5", 30)).message).toContain("(14,5)");
    });

    it("rejects a count above any plausible one, as the ОО sheet does: 1e308 teachers", () => {
      const error = excelError(() => kpkShare(14, 1e308));
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toContain("больше правдоподобного (не более 10 000)");
      expect(excelError(() => kpkShare(20_000, 30)).code).toBe("#VALUE!");
      expect(kpkShare(14, 10_000)).toBeCloseTo(0.0014, 12);
    });

    it("rejects a negative count and text that is not a number", () => {
      expect(excelError(() => kpkShare(-1, 30)).code).toBe("#VALUE!");
      expect(excelError(() => kpkShare(14, "тридцать"))).toEqual({
        code: "#VALUE!",
        message:
          "Численность педагогических работников (тридцать) должно быть целым неотрицательным числом",
      });
    });

    it("rejects more completed than teachers, and completed with no teachers (A-45)", () => {
      expect(excelError(() => kpkShare(31, 30))).toEqual({
        code: "#VALUE!",
        message: "Прошли КПК (31) больше численности педагогов (30); доля КПК не считается",
      });
      expect(excelError(() => kpkShare(3, 0))).toEqual({
        code: "#VALUE!",
        message: "Прошли КПК 3 чел. при численности педагогов 0; доля КПК не считается",
      });
    });
  });
});
