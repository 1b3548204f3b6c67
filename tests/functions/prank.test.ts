import fc from "fast-check";
import { column, excelError } from "./customFunctions";
import { prank } from "../../src/functions/functions";
import { midRanks } from "../../src/engine/indicators/midRanks";

describe("SHNOR.PRANK", () => {
  describe("works", () => {
    it("ranks 3 among 1…5 at 0,5: (rank − 1) / (n − 1)", () => {
      expect(prank(3, column(1, 2, 3, 4, 5))).toBe(0.5);
      expect(prank(1, column(1, 2, 3, 4, 5))).toBe(0);
      expect(prank(5, column(1, 2, 3, 4, 5))).toBe(1);
    });

    it("averages the ranks of ties (SPEC 4.2): 2, 2 among 1, 2, 2, 4 are 0,5", () => {
      expect(prank(2, column(1, 2, 2, 4))).toBe(0.5);
    });

    it("ranks a value that is none of the values as if it were added", () => {
      expect(prank(2.5, column(1, 2, 3))).toBeCloseTo(2 / 3, 12);
    });
  });

  describe("edge", () => {
    it("leaves out empty cells instead of counting them as 0", () => {
      expect(prank(3, column(1, "", 3, null, 5))).toBe(0.5);
    });

    it("reads numbers typed as text: «4,05»", () => {
      expect(prank("4,05", column("3,9", "4,05", "4,2"))).toBe(0.5);
    });
  });

  describe("error", () => {
    it("needs at least two numbers", () => {
      expect(excelError(() => prank(3, column(3, "")))).toEqual({
        code: "#N/A",
        message: "Нет данных: в диапазоне «Значения» 1 число, а нужно не меньше 2",
      });
    });

    it("answers #N/A for an empty value and #VALUE! for text in the values", () => {
      expect(excelError(() => prank("", column(1, 2))).code).toBe("#N/A");
      expect(excelError(() => prank(1, column(1, "ОО", 2)))).toEqual({
        code: "#VALUE!",
        message: "Ячейка 2 диапазона «Значения»: «ОО» — не число",
      });
    });
  });

  describe("properties", () => {
    const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
      minLength: 2,
      maxLength: 30,
    });

    it("is in [0, 1] for any value", () => {
      fc.assert(
        fc.property(values, fc.double({ min: -2e6, max: 2e6, noNaN: true }), (list, value) => {
          const rank = prank(value, column(...list));
          return rank >= 0 && rank <= 1;
        }),
      );
    });

    it("does not fall when the value rises", () => {
      fc.assert(
        fc.property(
          values,
          fc.double({ min: -2e6, max: 2e6, noNaN: true }),
          fc.double({ min: 0, max: 1e6, noNaN: true }),
          (list, value, step) => {
            return prank(value, column(...list)) <= prank(value + step, column(...list));
          },
        ),
      );
    });

    it("agrees with the composite's midRanks for every value of the list", () => {
      fc.assert(
        fc.property(values, (list) => {
          const ranks = midRanks(list);
          return list.every((v, i) => Math.abs(prank(v, column(...list)) - ranks[i]) < 1e-12);
        }),
      );
    });
  });
});
