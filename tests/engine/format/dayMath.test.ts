import fc from "fast-check";
import { addMonths, addYears, dayFromIso } from "../../../src/engine/format/dayMath";
import { isoDate } from "../../../src/engine/format/formatDate";

// From before year 1 to after year 9999: the fast range and both sides of it.
const anyDay = fc.integer({ min: -800_000, max: 3_000_000 });
const nearLeapDays = fc
  .integer({ min: 1000, max: 9999 })
  .chain((year) =>
    fc.integer({ min: -2, max: 2 }).map((shift) => dayFromIso(`${year}-03-01`) + shift),
  );

/** The ISO date of a day as Date writes it: what the count without Date must agree with. */
const isoDateByDate = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe("dates without a Date object", () => {
  it("writes every day as Date does (property)", () => {
    fc.assert(
      fc.property(fc.oneof(anyDay, nearLeapDays), (day) => {
        expect(isoDate(day)).toBe(isoDateByDate(day));
      }),
      { numRuns: 20000 },
    );
  });

  it("adds years as adding twelve months through Date does, 29 February included (property)", () => {
    fc.assert(
      fc.property(fc.oneof(anyDay, nearLeapDays), fc.integer({ min: -120, max: 120 }), (day, n) => {
        expect(addYears(day, n)).toBe(addMonths(day, 12 * n));
      }),
      { numRuns: 20000 },
    );
  });
});
