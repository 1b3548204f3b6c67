import { pooledShare } from "../../../src/engine/kpk/pooledShare";

const count = (completed: number, total: number) => ({
  completed,
  total,
  share: total > 0 ? completed / total : null,
});

describe("pooledShare divides the sums, never averages the shares (SPEC 4.1)", () => {
  it("pools seed 000: 40 of 100 is 40 %", () => {
    const schools = [count(14, 30), count(8, 18), count(12, 36), count(6, 16)];
    expect(pooledShare(schools)).toEqual({ completed: 40, total: 100, share: 0.4 });
  });

  it("leaves н/д schools out of both sums (A-45)", () => {
    const broken = { completed: 31, total: 30, share: null };
    expect(pooledShare([count(14, 30), broken, null])).toEqual({
      completed: 14,
      total: 30,
      share: 14 / 30,
    });
  });

  it("has no share when no school has staff", () => {
    expect(pooledShare([])).toEqual({ completed: 0, total: 0, share: null });
    expect(pooledShare([count(0, 0)])).toEqual({ completed: 0, total: 0, share: null });
  });
});
