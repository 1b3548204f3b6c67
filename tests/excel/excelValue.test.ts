import { CELL_TEXT_LIMIT } from "../../src/engine";
import { dateSerial, excelText, excelValue } from "../../src/excel/excelValue";

describe("excelText", () => {
  it.each([
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ["+7 школа", "'+7 школа"],
    ["-СОШ №3", "'-СОШ №3"],
    ["@СОШ №4", "'@СОШ №4"],
    ["'в кавычке", "''в кавычке"],
    ["#N/A", "'#N/A"],
    ["2607100", "'2607100"],
    ["46,7 %", "'46,7 %"],
    ["1/2", "'1/2"],
    ["31.03.2022", "'31.03.2022"],
    ["TRUE", "'TRUE"],
    ["ложь", "'ложь"],
    ["  =A1", "'  =A1"],
  ])("protects %j, which Excel would convert, with a quote prefix", (text, written) => {
    expect(excelText(text)).toBe(written);
  });

  it.each([
    "МБОУ «СОШ №1» ИГОСК",
    "Зона риска",
    "—",
    "н/д",
    "I1: значение 0,2",
    "",
    "Истинная школа",
  ])("writes %j as it is: Excel keeps it as text", (text) => {
    expect(excelText(text)).toBe(text);
  });

  it("cuts text longer than a cell holds to 32 767 characters ending in «…»", () => {
    const written = excelText("а".repeat(CELL_TEXT_LIMIT + 10));
    expect(written).toHaveLength(CELL_TEXT_LIMIT);
    expect(written.endsWith("…")).toBe(true);
    expect(excelText("а".repeat(CELL_TEXT_LIMIT))).toHaveLength(CELL_TEXT_LIMIT);
  });
});

describe("excelValue", () => {
  it.each([
    [0.467, 0.467],
    [0, 0],
    [true, true],
    [null, ""],
    [Number.NaN, ""],
    [{ date: "2022-03-31" }, 44651],
    [{ date: "1900-03-01" }, 61],
    ["-", "'-"],
  ])("writes %j as %j", (value, written) => {
    expect(excelValue(value)).toBe(written);
  });
});

describe("dateSerial", () => {
  it("counts days from 1899-12-30: 31.03.2022 is 44651", () => {
    expect(dateSerial("2022-03-31")).toBe(44651);
    expect(dateSerial("1970-01-01")).toBe(25569);
  });
});
