import { indicator } from "../../helpers/indicatorContext";

describe("I3: at most 0,5 % of students in regional and final olympiad stages over 3 years", () => {
  it("is met for 1 of 400 students (0,25 %)", () => {
    const i3 = indicator("I3", { school: { olympiad3y: 1, students: 400 } });
    expect([i3.met, i3.value, i3.threshold]).toEqual([true, 0.0025, 0.005]);
  });

  it("is met at exactly 0,5 %: 2 of 400, and not at 3 of 400", () => {
    expect(indicator("I3", { school: { olympiad3y: 2, students: 400 } }).met).toBe(true);
    expect(indicator("I3", { school: { olympiad3y: 3, students: 400 } }).met).toBe(false);
  });

  it.each([
    ["no students", { olympiad3y: 1, students: 0 }],
    ["no student count", { olympiad3y: 1 }],
    ["no olympiad count", { students: 400 }],
  ])("is н/д for %s", (_case, school) => {
    expect(indicator("I3", { school })).toEqual({
      met: null,
      value: null,
      threshold: 0.005,
      sources: [],
    });
  });
});
