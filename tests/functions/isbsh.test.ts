import { excelError, row } from "./customFunctions";
import { isbsh } from "../../src/functions/functions";
import { analyzeSheets, sheet } from "../helpers/workbook";

const COLUMNS = [
  "Наименование ОО",
  "Доля обучающихся из неполных семей",
  "Доля обучающихся из малообеспеченных семей",
  "Доля обучающихся с ОВЗ",
];
const HEADERS = [COLUMNS];
const DISTRICT = [
  ["СОШ №1", 0.1, 0.05, 0.02],
  ["СОШ №2", 0.2, 0.15, 0.04],
  ["СОШ №3", 0.3, 0.25, 0.12],
  ["СОШ №4", 0.15, 0.1, 0.03],
  ["СОШ №5", 0.25, 0.3, 0.08],
];

describe("SHNOR.ISBSH", () => {
  describe("works", () => {
    it("gives each school the index the whole-workbook run gives it (METHOD-NOTES 1.2)", () => {
      const results = analyzeSheets([sheet("ОО", [COLUMNS, ...DISTRICT])]);
      for (const [i, school] of DISTRICT.entries()) {
        expect(isbsh([school], HEADERS, DISTRICT)).toBeCloseTo(results.schools[i].isbsh!, 12);
      }
    });

    it("puts 0 at the district mean and the least favourable school below it", () => {
      expect(isbsh([DISTRICT[2]], HEADERS, DISTRICT)).toBeLessThan(0);
      expect(isbsh([DISTRICT[0]], HEADERS, DISTRICT)).toBeGreaterThan(0);
    });
  });

  describe("edge", () => {
    it("adds a school that is not in the district table", () => {
      const outsider = ["СОШ №6", 0.5, 0.5, 0.2];
      const results = analyzeSheets([sheet("ОО", [COLUMNS, ...DISTRICT, outsider])]);
      expect(isbsh([outsider], HEADERS, DISTRICT)).toBeCloseTo(results.schools[5].isbsh!, 12);
    });

    it("gives back the regional ИСБШ of a row when there is no district table", () => {
      expect(isbsh(row("СОШ №1", "-0,42"), row("Наименование ОО", "ИСБШ"))).toBe(-0.42);
    });
  });

  describe("error", () => {
    it("answers #N/A without a district table or a regional index", () => {
      const outcome = excelError(() => isbsh([DISTRICT[0]], HEADERS));
      expect(outcome.code).toBe("#N/A");
      expect(outcome.message).toMatch(/^Нет данных: ИСБШ не рассчитан/);
    });

    it("answers #N/A for a school with fewer than three of the shares", () => {
      expect(excelError(() => isbsh(row("СОШ №9", 0.2, "", ""), HEADERS, DISTRICT)).code).toBe(
        "#N/A",
      );
    });

    it("names the row of the district table with a bad share", () => {
      const bad = [...DISTRICT.slice(0, 2), ["СОШ №3", "много", 0.2, 0.1]];
      expect(excelError(() => isbsh([DISTRICT[0]], HEADERS, bad))).toEqual({
        code: "#VALUE!",
        message:
          "Ячейка 3 диапазона «Таблица района»: «Доля обучающихся из неполных семей» (много) должно быть долей от 0 до 1 или процентом от 0 % до 100 %",
      });
    });
  });
});
