import { kpkShare } from "../../../src/engine/kpk/kpkShare";

describe("kpkShare is completed / teachers, or the reason it is н/д (A-45)", () => {
  it.each([
    [14, 30, { share: 14 / 30 }],
    [30, 30, { share: 1 }],
    [0, 30, { share: 0 }],
    [31, 30, { error: "aboveTeachers" }],
    [3, 0, { error: "noTeachers" }],
    [0, 0, { error: "zeroStaff" }],
    [null, 30, { error: "missing" }],
    [14, null, { error: "missing" }],
  ])("gives %p of %p → %o", (completed, teachers, expected) => {
    expect(kpkShare(completed, teachers)).toEqual(expected);
  });
});
