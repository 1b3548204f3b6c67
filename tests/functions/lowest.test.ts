import fc from "fast-check";
import { column, excelError } from "./customFunctions";
import { lowest } from "../../src/functions/functions";
import { lowestShare } from "../../src/engine/indicators/lowestShare";

describe("SHNOR.LOWEST", () => {
  describe("works", () => {
    it("takes ⌈0,2·N⌉ lowest: 1 of 1…5, not 2", () => {
      const values = column(1, 2, 3, 4, 5);
      expect(lowest(1, values)).toBe(true);
      expect(lowest(2, values)).toBe(false);
    });

    it("takes ⌈0,2·15⌉ = 3 of 15 values, not 4 (A-05)", () => {
      const values = column(...Array.from({ length: 15 }, (_, i) => i + 1));
      expect(lowest(3, values)).toBe(true);
      expect(lowest(4, values)).toBe(false);
    });

    it("includes every value tied with the k-th (SPEC 4.2)", () => {
      expect(lowest(2, column(1, 2, 2, 2, 5, 6, 7, 8, 9, 10), 0.2)).toBe(true);
    });

    it("takes another share, as a fraction or in percent", () => {
      expect(lowest(2, column(1, 2, 3, 4, 5), 0.4)).toBe(true);
      expect(lowest(2, column(1, 2, 3, 4, 5), "40%")).toBe(true);
      expect(lowest(2, column(1, 2, 3, 4, 5), 40)).toBe(true);
    });
  });

  describe("edge", () => {
    it("judges a value that is none of the values as if it were added", () => {
      expect(lowest(0, column(1, 2, 3, 4))).toBe(true);
      expect(lowest(2.5, column(1, 2, 3, 4))).toBe(false);
    });

    it("leaves out empty cells instead of counting them as 0", () => {
      expect(lowest(1, column("", "", 1, 2, 3, 4, 5))).toBe(true);
    });
  });

  describe("error", () => {
    it("answers #N/A with no numbers, and for an empty value", () => {
      expect(excelError(() => lowest(1, column("", ""))).code).toBe("#N/A");
      expect(excelError(() => lowest("", column(1, 2))).code).toBe("#N/A");
    });

    it("rejects a share of 0 or above 100 %", () => {
      expect(excelError(() => lowest(1, column(1, 2), 0))).toEqual({
        code: "#VALUE!",
        message: "«Доля» (0) должно быть больше 0",
      });
      expect(excelError(() => lowest(1, column(1, 2), "120%")).code).toBe("#VALUE!");
    });
  });

  describe("properties", () => {
    it("agrees with lowestShare (SPEC 4.2) for every value, ties included", () => {
      const values = fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 40 });
      const share = fc.double({ min: 0.01, max: 1, noNaN: true });
      fc.assert(
        fc.property(values, share, (list, part) => {
          const met = lowestShare(list, part).met;
          return list.every((v, i) => lowest(v, column(...list), part) === met[i]);
        }),
      );
    });
  });
});
