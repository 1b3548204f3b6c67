import { excelError } from "./customFunctions";
import { plural } from "../../src/functions/functions";

describe("SHNOR.PLURAL", () => {
  describe("works", () => {
    it.each([
      [1, "школа"],
      [3, "школы"],
      [5, "школ"],
      [11, "школ"],
      [21, "школа"],
      [22, "школы"],
      [0, "школ"],
    ])("gives %p → %s", (n, form) => {
      expect(plural(n, "школа", "школы", "школ")).toBe(form);
    });
  });

  describe("edge", () => {
    it("takes the «few» form for a fraction: 2,5 школы", () => {
      expect(plural(2.5, "школа", "школы", "школ")).toBe("школы");
    });

    it("reads a count typed as text", () => {
      expect(plural("104", "школа", "школы", "школ")).toBe("школы");
    });
  });

  describe("error", () => {
    it("answers #N/A for an empty count and #VALUE! for text that is not a number", () => {
      expect(excelError(() => plural("", "школа", "школы", "школ")).code).toBe("#N/A");
      expect(excelError(() => plural("три", "школа", "школы", "школ"))).toEqual({
        code: "#VALUE!",
        message: "«Число»: «три» — не число",
      });
    });

    it("needs all three forms", () => {
      expect(excelError(() => plural(3, "школа", "", "школ"))).toEqual({
        code: "#N/A",
        message: "Нет данных: не указано значение «Форма для 2»",
      });
    });
  });
});
