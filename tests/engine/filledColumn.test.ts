import { filledColumn, widenedColumn } from "../../src/engine/filledColumn";

// filledColumn's limit for typed columns: 2^18 values.
const LONGEST_TYPED = 2 ** 18;

describe("filledColumn", () => {
  it("is typed up to a quarter of a million values and a plain array beyond", () => {
    expect(filledColumn(3, NaN)).toBeInstanceOf(Float64Array);
    expect(filledColumn(LONGEST_TYPED, 0)).toBeInstanceOf(Float64Array);
    const long = filledColumn(LONGEST_TYPED + 1, -1);
    expect(Array.isArray(long)).toBe(true);
    expect(long.length).toBe(LONGEST_TYPED + 1);
    // Every place holds the fill value, none is a hole.
    expect(long.every((v) => v === -1)).toBe(true);
    expect(Object.keys(long).length).toBe(LONGEST_TYPED + 1);
  });

  it("widens a column across the limit, keeping its values and filling the rest", () => {
    const column = filledColumn(4, NaN);
    column[0] = 1.5;
    column[3] = 7;
    const wider = widenedColumn(column, LONGEST_TYPED + 4, NaN);
    expect(Array.isArray(wider)).toBe(true);
    expect([wider[0], wider[3]]).toEqual([1.5, 7]);
    expect(wider[1]).toBeNaN();
    expect(wider[LONGEST_TYPED + 3]).toBeNaN();
  });
});
