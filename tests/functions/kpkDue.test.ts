import { excelError } from "./customFunctions";
import { serial } from "./dates";
import { kpkDue } from "../../src/functions/functions";

describe("SHNOR.KPK_DUE", () => {
  describe("works", () => {
    it("gives the end date + 3 years as an Excel date serial", () => {
      expect(kpkDue(serial("2020-08-15"))).toBe(serial("2023-08-15"));
      expect(kpkDue("15.08.2020")).toBe(serial("2023-08-15"));
    });

    it("takes another validity period", () => {
      expect(kpkDue(serial("2020-08-15"), 5)).toBe(serial("2025-08-15"));
    });
  });

  describe("edge", () => {
    it("moves 29 February to 28 February (A-41)", () => {
      expect(kpkDue("29.02.2020")).toBe(serial("2023-02-28"));
    });

    it("says «сейчас» for a person with no course, as the КПК plan does", () => {
      expect(kpkDue(null)).toBe("сейчас");
      expect(kpkDue("")).toBe("сейчас");
    });
  });

  describe("error", () => {
    it("rejects a date written the US way: 31/03/2022", () => {
      expect(excelError(() => kpkDue("31/03/2022")).code).toBe("#VALUE!");
    });

    it("rejects a period of 0 years", () => {
      expect(excelError(() => kpkDue(serial("2020-08-15"), 0))).toEqual({
        code: "#VALUE!",
        message: "«Срок действия КПК, лет» (0) должно быть целым числом не меньше 1",
      });
    });
  });
});
