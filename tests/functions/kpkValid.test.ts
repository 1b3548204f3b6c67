import { excelError } from "./customFunctions";
import { serial, todayIso } from "./dates";
import { kpkValid } from "../../src/functions/functions";

const AS_OF = serial("2022-03-31"); // the date of the seed-000 protocol

describe("SHNOR.KPK_VALID", () => {
  describe("works", () => {
    it("counts a 72-hour course ended within three years of the date", () => {
      expect(kpkValid(serial("2021-06-02"), 72, AS_OF)).toBe(true);
    });

    it("takes dates as Excel serials and as text alike: 31.03.2022, 31.03.22, 2022-03-31", () => {
      expect(kpkValid("02.06.2021", 72, "31.03.2022")).toBe(true);
      expect(kpkValid("02.06.21", "72", "2022-03-31")).toBe(true);
    });

    it("is as of today when no date is given", () => {
      const lastYear = todayIso().replace(/^\d{4}/, (y) => String(Number(y) - 1));
      expect(kpkValid(serial(lastYear.replace(/-29$/, "-28")), 16)).toBe(true);
    });
  });

  describe("edge", () => {
    it("excludes the window's start: ended 31.03.2019 does not count, 01.04.2019 does (A-41)", () => {
      expect(kpkValid(serial("2019-03-31"), 16, AS_OF)).toBe(false);
      expect(kpkValid(serial("2019-04-01"), 16, AS_OF)).toBe(true);
    });

    it("needs 16 hours: 16 counts, 15,5 does not", () => {
      expect(kpkValid(serial("2021-06-02"), 16, AS_OF)).toBe(true);
      expect(kpkValid(serial("2021-06-02"), 15.5, AS_OF)).toBe(false);
    });

    it("does not count a course that ends after the date (A-42)", () => {
      expect(kpkValid(serial("2022-04-01"), 72, AS_OF)).toBe(false);
    });

    it("takes another validity period and shortest course", () => {
      expect(kpkValid(serial("2018-06-01"), 16, AS_OF, 5)).toBe(true);
      expect(kpkValid(serial("2021-06-02"), 36, AS_OF, null, 72)).toBe(false);
    });

    it("is FALSE for a teacher without a course: no end date or no hours", () => {
      expect(kpkValid(null, null, AS_OF)).toBe(false);
      expect(kpkValid(serial("2021-06-02"), "", AS_OF)).toBe(false);
    });
  });

  describe("error", () => {
    it("rejects an impossible date: 31.13.2022", () => {
      expect(excelError(() => kpkValid("31.13.2022", 16, AS_OF))).toEqual({
        code: "#VALUE!",
        message:
          "«Дата окончания»: «31.13.2022» — не дата; ожидалась дата Excel или текст вида 31.03.2022",
      });
    });

    it("rejects negative hours, a fractional period and a bad date of calculation", () => {
      expect(excelError(() => kpkValid(AS_OF, -16, AS_OF))).toEqual({
        code: "#VALUE!",
        message: "Часы (-16) не может быть отрицательным",
      });
      expect(excelError(() => kpkValid(AS_OF, 16, AS_OF, 2.5))).toEqual({
        code: "#VALUE!",
        message: "«Срок действия КПК, лет» (2,5) должно быть целым числом не меньше 1",
      });
      expect(excelError(() => kpkValid(AS_OF, 16, "вчера")).code).toBe("#VALUE!");
    });
  });
});
