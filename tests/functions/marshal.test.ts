import { ExcelError } from "./customFunctions";
import {
  cell,
  excelSerial,
  optionalRange,
  range,
  result,
  today,
} from "../../src/functions/marshal";
import { serial } from "./dates";

describe("marshal: Excel values ⇄ engine values", () => {
  describe("works", () => {
    it("passes numbers, text and booleans through and reads an empty cell as empty", () => {
      const cells = [cell(14), cell("14,5"), cell(true), cell(""), cell(null), cell(undefined)];
      expect(cells).toEqual([14, "14,5", true, null, null, null]);
    });

    it("gives an engine day as the Excel serial of that date", () => {
      expect(excelSerial(Date.UTC(2023, 7, 15) / 86_400_000)).toBe(serial("2023-08-15"));
      expect(excelSerial(0)).toBe(25_569);
    });

    it("gives today's date as ISO", () => {
      expect(today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
  });

  describe("edge", () => {
    it("passes a filled range on as it is and copies one with empty cells as null", () => {
      const filled = [[1, "СОШ №1", true]];
      expect(range(filled)).toBe(filled);
      expect(
        range([
          [1, ""],
          [undefined, 2],
        ]),
      ).toEqual([
        [1, null],
        [null, 2],
      ]);
    });

    it("takes a data type's basic value, and a lone value as a 1 × 1 range", () => {
      expect(cell({ type: "Double", basicValue: 4.1 })).toBe(4.1);
      expect(range(5)).toEqual([[5]]);
      expect(optionalRange(null)).toBeNull();
      expect(optionalRange([[1, null]])).toEqual([[1, null]]);
    });
  });

  describe("error", () => {
    it("turns bad input into #VALUE! and missing data into #N/A, with the message", () => {
      expect(() => result({ ok: false, error: "value", message: "плохо" })).toThrow(ExcelError);
      for (const [error, code] of [
        ["value", "#VALUE!"],
        ["na", "#N/A"],
      ] as const) {
        try {
          result({ ok: false, error, message: "сообщение" });
        } catch (thrown) {
          expect(thrown).toEqual(new ExcelError(code, "сообщение"));
        }
      }
      expect(result({ ok: true, value: 0.4 })).toBe(0.4);
    });
  });
});
