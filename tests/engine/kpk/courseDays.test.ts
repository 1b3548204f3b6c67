import { dayFromIso } from "../../../src/engine/format/dayMath";
import { CourseDays } from "../../../src/engine/kpk/courseDays";

describe("the plan's dates of a last course", () => {
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
