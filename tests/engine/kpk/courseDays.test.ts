import fc from "fast-check";
import { addYears } from "../../../src/engine/format/dayMath";
import { isoDate } from "../../../src/engine/format/formatDate";
import { addYearsOf, CourseDays, isoDateOf } from "../../../src/engine/kpk/courseDays";
import { dayFromIso } from "../../../src/engine/format/dayMath";

// From before year 1 to after year 9999: the fast range and both sides of it.
const anyDay = fc.integer({ min: -800_000, max: 3_000_000 });
const nearLeapDays = fc
  .integer({ min: 1000, max: 9999 })
  .chain((year) =>
    fc.integer({ min: -2, max: 2 }).map((shift) => dayFromIso(`${year}-03-01`) + shift),
  );

describe("the plan's dates without a Date object", () => {
  it("writes every day as isoDate does (property)", () => {
    fc.assert(
      fc.property(fc.oneof(anyDay, nearLeapDays), (day) => {
        expect(isoDateOf(day)).toBe(isoDate(day));
      }),
      { numRuns: 20000 },
    );
  });

  it("adds years as addYears does, 29 February included (property)", () => {
    fc.assert(
      fc.property(fc.oneof(anyDay, nearLeapDays), fc.integer({ min: -120, max: 120 }), (day, n) => {
        expect(addYearsOf(day, n)).toBe(addYears(day, n));
      }),
      { numRuns: 20000 },
    );
  });

  it("gives the due day and the ISO dates of a last course (A-41)", () => {
    const days = new CourseDays(3);
    const leap = days.of(dayFromIso("2020-02-29"));
    expect([leap.endIso, leap.dueIso, leap.due]).toEqual([
      "2020-02-29",
      "2023-02-28",
      dayFromIso("2023-02-28"),
    ]);
    expect(days.of(dayFromIso("2020-02-29"))).toBe(leap);
  });
});
