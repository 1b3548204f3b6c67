import type { CellValue } from "../../../src/engine";
import {
  displayText,
  parseCount,
  parseDate,
  parseNonNegative,
  parseNumber,
  parseShare,
  parseText,
  parseYear,
  preParse,
  type Parsed,
} from "../../../src/engine/read/parseValue";

const DAY_MS = 86_400_000;
/** The engine's day number of a calendar date. */
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;

describe("parseNumber reads numbers as Russian tables write them (DECISIONS A-09)", () => {
  it.each<[string, CellValue, number]>([
    ["a numeric cell", 46.7, 46.7],
    ["a decimal comma", "46,7", 46.7],
    ["a decimal point", "46.7", 46.7],
    ["thousands split by a space", "1 245", 1245],
    ["thousands split by a no-break space", "1\u00a0245", 1245],
    ["thousands split by a narrow no-break space", "1\u202f245", 1245],
    ["thousands split by a thin space", "1\u2009245", 1245],
    ["thousands with a decimal part", "12 345,5", 12345.5],
    ["a Unicode minus", "\u22125", -5],
    ["a hyphen minus", "-5", -5],
    ["spaces around the number", "  17 ", 17],
    ["`1.234` as a decimal, never thousands", "1.234", 1.234],
    ["`1,234` as a decimal, never thousands", "1,234", 1.234],
  ])("reads %s: %p is %p", (_what, cell, expected) => {
    expect(parseNumber(cell)).toEqual({ kind: "ok", value: expected });
  });

  it.each<CellValue>([
    "",
    "   ",
    "-",
    "—",
    "–",
    "н/д",
    "Н/Д",
    "нд",
    "нет данных",
    "Нет данных",
    "x",
    "X",
    "х",
    "Х",
    null,
    undefined,
  ])("takes %p as missing, silently", (cell) => {
    expect(parseNumber(cell)).toEqual({ kind: "missing" });
  });

  it.each<CellValue>(["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#Н/Д", "#ДЕЛ/0!", "#ЗНАЧ!", "#н/д"])(
    "takes the error literal %p as an Excel error",
    (cell) => {
      expect(parseNumber(cell)).toEqual({ kind: "excelError", error: String(cell).trim() });
    },
  );

  it.each<CellValue>([{ error: "#N/A" }, { error: "#ДЕЛ/0!" }])(
    "takes an error cell %p as an Excel error",
    (cell) => {
      expect(parseNumber(cell)).toEqual({
        kind: "excelError",
        error: (cell as { error: string }).error,
      });
    },
  );

  it.each<CellValue>(["сорок", "12 34", "1 2345", "12,", "1e3", "0x10", "Infinity", "NaN", true])(
    "rejects %p as not a number",
    (cell) => {
      expect(parseNumber(cell).kind).toBe("invalid");
    },
  );

  it("rejects a numeric cell that is not finite", () => {
    expect(parseNumber(Number.NaN).kind).toBe("invalid");
    expect(parseNumber(Number.POSITIVE_INFINITY).kind).toBe("invalid");
  });
});

describe("parseShare keeps `%` text exact, leaves bare numbers to the column rule (A-08)", () => {
  it("reads `46,7%` as exactly 0.467", () => {
    expect(parseShare("46,7%")).toEqual({ kind: "ok", value: 0.467, percent: true });
  });

  it.each<[CellValue, number]>([
    ["46,7 %", 0.467],
    ["12%", 0.12],
    ["0%", 0],
    ["100%", 1],
  ])("reads %p as the fraction %p", (cell, expected) => {
    expect(parseShare(cell)).toEqual({ kind: "ok", value: expected, percent: true });
  });

  it("reads a `%`-formatted cell as its exact fraction", () => {
    expect(parseShare({ percent: 0.5 })).toEqual({ kind: "ok", value: 0.5, percent: true });
  });

  it("returns a bare number as written, without the percent mark", () => {
    expect(parseShare(12)).toEqual({ kind: "ok", value: 12 });
    expect(parseShare("0,12")).toEqual({ kind: "ok", value: 0.12 });
  });

  it("leaves a share above 100 % to the column reader, which rejects it", () => {
    expect(parseShare("150%")).toEqual({ kind: "ok", value: 1.5, percent: true });
  });

  it.each<CellValue>(["%", "-%", "x%", "много%"])(
    "rejects %p: a percent sign needs a number",
    (cell) => {
      expect(parseShare(cell).kind).toBe("invalid");
    },
  );
});

describe("parseCount reads whole non-negative counts (A-11)", () => {
  it.each<[CellValue, number]>([
    [14, 14],
    ["14", 14],
    ["14,0", 14],
    ["14.0", 14],
    ["1 200", 1200],
    [0, 0],
  ])("reads %p as %p", (cell, expected) => {
    expect(parseCount(cell)).toEqual({ kind: "ok", value: expected });
  });

  it.each<CellValue>(["14,5", 14.5, "-1", -1, "\u22123", { percent: 0.3 }, "четырнадцать"])(
    "rejects %p",
    (cell) => {
      expect(parseCount(cell).kind).toBe("invalid");
    },
  );

  it("keeps missing and Excel errors apart from invalid counts", () => {
    expect(parseCount("н/д")).toEqual({ kind: "missing" });
    expect(parseCount({ error: "#N/A" })).toEqual({ kind: "excelError", error: "#N/A" });
  });
});

describe("parseNonNegative reads hours and means", () => {
  it("reads `15,5` hours and rejects a negative mean", () => {
    expect(parseNonNegative("15,5")).toEqual({ kind: "ok", value: 15.5 });
    expect(parseNonNegative("-3,2").kind).toBe("invalid");
  });
});

describe("parseDate reads date cells, Excel serials and three text forms (A-13)", () => {
  it.each<[string, CellValue, number]>([
    ["a date cell", new Date(Date.UTC(2022, 2, 31)), day(2022, 3, 31)],
    [
      "a date cell at local midnight east of Greenwich",
      new Date("2022-03-30T21:00:00Z"),
      day(2022, 3, 31),
    ],
    ["an Excel serial (epoch 1899-12-30)", 44651, day(2022, 3, 31)],
    ["an Excel serial with a time of day", 44651.75, day(2022, 3, 31)],
    ["the serial of 01.04.2019", 43556, day(2019, 4, 1)],
    ["`ДД.ММ.ГГГГ`", "31.03.2022", day(2022, 3, 31)],
    ["`ДД.ММ.ГГ`, always in the 2000s", "31.03.22", day(2022, 3, 31)],
    ["`Д.М.ГГГГ`", "1.4.2019", day(2019, 4, 1)],
    ["`ГГГГ-ММ-ДД`", "2022-03-31", day(2022, 3, 31)],
    ["29 February of a leap year", "29.02.2024", day(2024, 2, 29)],
  ])("reads %s", (_what, cell, expected) => {
    expect(parseDate(cell)).toEqual({ kind: "ok", value: expected });
  });

  it.each<[string, CellValue]>([
    ["a thirteenth month", "31.13.2022"],
    ["slashes", "31/03/2022"],
    ["29 February of a common year", "29.02.2023"],
    ["31 April", "31.04.2022"],
    ["an ISO date without leading zeros", "2022-3-31"],
    ["words", "конец марта"],
    ["serial 0", 0],
  ])("rejects %s", (_what, cell) => {
    expect(parseDate(cell).kind).toBe("invalid");
  });

  it("takes an empty date cell as missing", () => {
    expect(parseDate("")).toEqual({ kind: "missing" });
    expect(parseDate(null)).toEqual({ kind: "missing" });
  });
});

describe("parseYear reads the year a school year ends (A-15)", () => {
  it.each<CellValue>([
    2022,
    "2022",
    "2022.0",
    "2022,0",
    "2022 г.",
    "2022 год",
    "2021-2022",
    "2021–2022",
    "2021 - 2022",
    "2021/22",
    "2021/2022",
    "2021-2022 уч. год",
    "2021–2022 учебный год",
  ])("reads %p as 2022", (cell) => {
    expect(parseYear(cell)).toEqual({ kind: "ok", value: 2022 });
  });

  it.each<[string, CellValue]>([
    ["a range of two years", "2020-2022"],
    ["a range that runs backwards", "2022-2021"],
    ["a year before 1990", 1989],
    ["a year after 2100", 2101],
    ["a year before 1990 as text", "1989"],
    ["a fractional year", 2022.5],
    ["words", "прошлый год"],
  ])("rejects %s", (_what, cell) => {
    expect(parseYear(cell).kind).toBe("invalid");
  });

  it("accepts the bounds 1990 and 2100", () => {
    expect(parseYear(1990)).toEqual({ kind: "ok", value: 1990 });
    expect(parseYear("2100")).toEqual({ kind: "ok", value: 2100 });
  });
});

describe("preParse sorts cells before typed reading", () => {
  it("passes a value on, and stops missing tokens and errors", () => {
    expect(preParse("46,7")).toBeNull();
    expect(preParse(" н/д ")).toEqual({ kind: "missing" });
    expect(preParse("#ДЕЛ/0!")).toEqual({ kind: "excelError", error: "#ДЕЛ/0!" });
  });
});

describe("parseText and displayText give names and message text", () => {
  it("trims a name and turns a numeric id into text", () => {
    expect(parseText("  МБОУ «СОШ №10» ИГОСК ")).toEqual({
      kind: "ok",
      value: "МБОУ «СОШ №10» ИГОСК",
    });
    expect(parseText(2607109)).toEqual({ kind: "ok", value: "2607109" });
  });

  it("writes a date cell as ISO text and a percent cell as percent", () => {
    expect(displayText(new Date(Date.UTC(2022, 2, 31)))).toBe("2022-03-31");
    expect(displayText({ percent: 0.5 })).toBe("50%");
    expect(displayText({ error: "#N/A" })).toBe("#N/A");
  });
});

describe("a date or number no reader should give is quoted as Excel shows it, never raw", () => {
  it.each<[string, () => Parsed<unknown>]>([
    ["an invalid Date as a date", () => parseDate(new Date(NaN))],
    ["NaN as a date", () => parseDate(NaN)],
    ["NaN as a number", () => parseNumber(NaN)],
    ["Infinity as a count", () => parseCount(Infinity)],
  ])("%s is invalid, its text «#ЧИСЛО!»", (_what, parse) => {
    expect(parse()).toEqual({ kind: "invalid", text: "#ЧИСЛО!" });
  });

  it("gives an invalid Date the text «#ЧИСЛО!» instead of throwing", () => {
    expect(displayText(new Date(NaN))).toBe("#ЧИСЛО!");
  });
});
