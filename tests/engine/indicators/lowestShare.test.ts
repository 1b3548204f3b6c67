import fc from "fast-check";
import { highestShare, lowestShare } from "../../../src/engine/indicators/lowestShare";

describe("lowestShare flags the lowest ⌈share·N⌉ values with ties (SPEC 4.2, A-05, A-28)", () => {
  it("flags 1 of 5 at 20 %", () => {
    expect(lowestShare([0.5, 0.1, 0.9, 0.3, 0.7], 0.2)).toEqual({
      threshold: 0.1,
      met: [false, true, false, false, false],
    });
  });

  it("flags 3 of 15, not 4, although 0,2·15 is 3,0000000000000004 in floating point", () => {
    const values = Array.from({ length: 15 }, (_, i) => i / 14);
    expect(lowestShare(values, 0.2).met.filter((m) => m).length).toBe(3);
  });

  it("includes every value tied with the k-th", () => {
    expect(lowestShare([0.2, 0.1, 0.1, 0.5, 0.9], 0.2).met).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
  });

  it("takes values within 1e-9 as tied", () => {
    expect(lowestShare([0.1, 0.1 + 1e-12, 0.5, 0.6, 0.7], 0.2).met).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it("leaves missing values н/д, never «not met», and counts N without them", () => {
    expect(lowestShare([null, 0.4, 0.2, null, 0.3, 0.9, 0.8], 0.2)).toEqual({
      threshold: 0.2,
      met: [null, false, true, null, false, false, false],
    });
  });

  it("flags at least one value, and has no threshold without values", () => {
    expect(lowestShare([0.5, 0.6], 0.2).met).toEqual([true, false]);
    expect(lowestShare([null, null], 0.2)).toEqual({ threshold: null, met: [null, null] });
  });
});

describe("a threshold of zero is 0, never −0 (it is shown in reasons and reports)", () => {
  it("for the lowest and the highest share", () => {
    expect(Object.is(lowestShare([0, -0, 0], 0.1).threshold, 0)).toBe(true);
    expect(Object.is(lowestShare([-0, 1], 0.5).threshold, 0)).toBe(true);
    expect(Object.is(highestShare([0, -1, -2], 0.2).threshold, 0)).toBe(true);
  });
});

describe("highestShare mirrors it for the top of a cell (A-50)", () => {
  it("flags the highest 1 of 5 with its ties", () => {
    expect(highestShare([4.1, 4.6, 3.9, 4.6, 4.0], 0.2)).toEqual({
      threshold: 4.6,
      met: [false, true, false, true, false],
    });
  });
});

describe("lowestShare's threshold is the k-th lowest present value", () => {
  it("agrees with sorting the present values one by one (property)", () => {
    const value = fc.option(
      fc.integer({ min: -20, max: 20 }).map((n) => n / 8),
      { nil: null },
    );
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 40 }),
        fc.integer({ min: 1, max: 100 }),
        (values, p) => {
          const share = p / 100;
          const present = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
          const k = Math.min(present.length, Math.max(1, Math.ceil(share * present.length - 1e-9)));
          const threshold = present.length > 0 ? present[k - 1] : null;
          const outcome = lowestShare(values, share);
          expect(outcome.threshold).toBe(threshold);
          expect(outcome.met).toEqual(
            values.map((v) => (v === null ? null : v <= (threshold ?? 0) + 1e-9)),
          );
        },
      ),
    );
  });
});
