import { CELL_TEXT_LIMIT, cellText, xmlSafeText } from "../../../src/engine";

/** Characters the text takes as stored: a literal `_x0001_` is written `_x005F_x0001_`. */
const stored = (text: string) => text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_").length;

describe("cellText fits a text into one cell", () => {
  it("keeps a text of 32 767 characters whole", () => {
    const text = "а".repeat(CELL_TEXT_LIMIT);
    expect(cellText(text)).toBe(text);
  });

  it("cuts 32 768 characters to 32 767, the last being «…»", () => {
    const text = "а".repeat(CELL_TEXT_LIMIT - 1) + "бв";
    expect(cellText(text)).toBe("а".repeat(CELL_TEXT_LIMIT - 1) + "…");
  });

  it("cuts 40 000 characters to 32 767 that begin as the text does", () => {
    const text = "История школы. ".repeat(2667).slice(0, 40_000);
    const fitted = cellText(text);
    expect(fitted).toHaveLength(CELL_TEXT_LIMIT);
    expect(fitted).toBe(text.slice(0, CELL_TEXT_LIMIT - 1) + "…");
  });

  it("drops control characters first: 32 000 letters and 1 000 controls are not cut", () => {
    const text = "а\u0001".repeat(1000) + "а".repeat(31_000);
    expect(cellText(text)).toBe("а".repeat(32_000));
  });

  it("never leaves half of a surrogate pair at the cut", () => {
    const text = "а".repeat(CELL_TEXT_LIMIT - 2) + "😀" + "б".repeat(10);
    const fitted = cellText(text);
    expect(fitted).toBe("а".repeat(CELL_TEXT_LIMIT - 2) + "…");
    expect(xmlSafeText(fitted)).toBe(fitted);
  });

  it("counts a literal `_x0001_` as stored, with its underscore escaped: 6 characters more", () => {
    const text = "а".repeat(CELL_TEXT_LIMIT - 7) + "_x0001_";
    expect(stored(text)).toBe(CELL_TEXT_LIMIT + 6);
    const fitted = cellText(text);
    expect(fitted.endsWith("…")).toBe(true);
    expect(stored(fitted)).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
  });

  it("cuts a text of many literal escapes to what is stored within the limit", () => {
    const fitted = cellText("_x0001_".repeat(5000));
    expect(stored(fitted)).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    expect(stored(fitted)).toBeGreaterThan(CELL_TEXT_LIMIT - 13);
    expect(fitted.endsWith("…")).toBe(true);
  });
});
