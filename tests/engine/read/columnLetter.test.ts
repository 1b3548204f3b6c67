import { columnIndex, columnLetter } from "../../../src/engine/read/columnLetter";

describe("columnLetter", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("names column %i %s", (col, letters) => {
    expect(columnLetter(col)).toBe(letters);
  });

  it.each([
    ["A", 0],
    ["Z", 25],
    ["AA", 26],
    ["ZZ", 701],
    ["AAA", 702],
    ["XFD", 16_383],
  ])("reads %s back as column %i", (letters, col) => {
    expect(columnIndex(letters)).toBe(col);
  });
});
