import { formatNumber } from "../../../src/engine/format/formatNumber";
import { mulberry32 } from "../../../bench/mulberry32";

/** The definition: the text of Number(value.toFixed(digits)), with a decimal comma. */
function byToFixed(value: number, digits = 4): string {
  const rounded = Number(value.toFixed(digits));
  return String(Object.is(rounded, -0) ? 0 : rounded).replace(".", ",");
}

describe("formatNumber", () => {
  it.each([
    [0.15432, 4, "0,1543"],
    [63.6, 4, "63,6"],
    [0.6, 4, "0,6"],
    [2, 4, "2"],
    [-0.00001, 4, "0"],
    [-0.00005, 4, "-0,0001"],
    [1.00005, 4, "1,0001"],
    [0.0001, 4, "0,0001"],
    [-12.30406, 4, "-12,3041"],
    [99.5, 2, "99,5"],
    [2.675, 2, "2,67"],
  ])("writes %p with %p decimals as «%s»", (value, digits, text) => {
    expect(formatNumber(value, digits)).toBe(text);
  });

  it("writes ties, large and non-finite values as toFixed does", () => {
    const values = [0.5, 2.5, -2.5, 0.00005, 1e9, 1.5e21, 1e21, -1e15 - 0.5, NaN, Infinity];
    for (const value of values)
      for (const digits of [0, 2, 4, 6])
        expect(formatNumber(value, digits)).toBe(byToFixed(value, digits));
  });

  it("agrees with toFixed on shares, means and four-decimal values", () => {
    const random = mulberry32(7);
    const kinds = [
      () => random(),
      () => random() * 100,
      () => -random() * 10,
      () => Math.round(random() * 1e6) / 1e4,
      () => (Math.round(random() * 1e6) + 0.5) / 1e4,
      () => random() * 1e7,
      () => Math.round(random() * 100) * 10 ** -Math.floor(random() * 9),
    ];
    const differing: [number, number, string][] = [];
    for (let i = 0; i < 20_000; i++) {
      const value = kinds[i % kinds.length]();
      for (const digits of [0, 1, 2, 4, 6]) {
        const text = formatNumber(value, digits);
        if (text !== byToFixed(value, digits)) differing.push([value, digits, text]);
      }
    }
    expect(differing).toEqual([]);
  });
});
