import { midRanks } from "../../../src/engine/indicators/midRanks";

describe("midRanks gives percentile ranks by mid-rank (SPEC 4.2)", () => {
  it("ranks 3 schools 0, 0,5 and 1, the lowest mean first", () => {
    expect(midRanks([4.1, 3.5, 3.8])).toEqual([1, 0, 0.5]);
  });

  it("averages the ranks of ties: 3,5 3,5 4,0 4,2 → 1/6, 1/6, 2/3, 1", () => {
    // Ranks 1,5 1,5 3 4; pr = (rank − 1) / 3.
    const ranks = midRanks([3.5, 3.5, 4.0, 4.2]);
    expect(ranks[0]).toBeCloseTo(1 / 6, 15);
    expect(ranks[1]).toBeCloseTo(1 / 6, 15);
    expect(ranks[2]).toBeCloseTo(2 / 3, 15);
    expect(ranks[3]).toBe(1);
  });

  it("takes means within 1e-9 as ties (A-05)", () => {
    expect(midRanks([3.9, 3.9 + 1e-12, 4.5])).toEqual([0.25, 0.25, 1]);
  });

  it("gives every school 0,5 when all means are equal", () => {
    expect(midRanks([4, 4, 4, 4])).toEqual([0.5, 0.5, 0.5, 0.5]);
  });
});
