import fc from "fast-check";
import { ascendingOrder } from "../../../src/engine/indicators/ascendingOrder";

/** The order a stable comparator sort gives, −0 before 0 as in a sorted Float64Array. */
function expectedOrder(values: readonly number[]): number[] {
  const negativeZero = (v: number) => (Object.is(v, -0) ? 0 : 1);
  return values
    .map((_, i) => i)
    .sort(
      (a, b) => values[a] - values[b] || negativeZero(values[a]) - negativeZero(values[b]) || a - b,
    );
}

describe("ascendingOrder sorts indexes by value, ties in index order", () => {
  it.each([
    [[], []],
    [[5], [0]],
    [
      [3, 1, 2],
      [1, 2, 0],
    ],
    [
      [2, -1, 2, -1],
      [1, 3, 0, 2],
    ],
    [
      [0, -0, -3.5, 1e-300, -1e300],
      [4, 2, 1, 0, 3],
    ],
    [
      [4.25, 4.25, 4.25],
      [0, 1, 2],
    ],
  ])("orders %p as %p", (values, order) => {
    expect(Array.from(ascendingOrder(values))).toEqual(order);
  });

  it("agrees with a stable comparator sort on any finite doubles (property)", () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -5, max: 5 }).map((n) => n / 4),
      fc.constantFrom(0, -0, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), (values) => {
        expect(Array.from(ascendingOrder(values))).toEqual(expectedOrder(values));
      }),
    );
  });
});
