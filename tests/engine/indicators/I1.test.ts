import { indicator } from "../../helpers/indicatorContext";

// I1 is worked out over all schools beforehand (composite, lowestShare): the entry passes it on.
describe("I1: steadily low results, the lowest 20 % by the composite (SPEC 4.2)", () => {
  it("is met for a composite of 0,12 below the threshold of 0,25", () => {
    const lowest = { met: true, value: 0.12, threshold: 0.25 };
    expect(indicator("I1", { lowest })).toEqual({ ...lowest, sources: [] });
  });

  it("is not met for a composite of 0,6 above it", () => {
    const lowest = { met: false, value: 0.6, threshold: 0.25 };
    expect(indicator("I1", { lowest })).toEqual({ ...lowest, sources: [] });
  });

  it("is н/д when the composite is", () => {
    expect(indicator("I1")).toEqual({ met: null, value: null, threshold: null, sources: [] });
  });
});
