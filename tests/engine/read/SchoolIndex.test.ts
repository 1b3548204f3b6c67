import fc from "fast-check";
import { SchoolIndex } from "../../../src/engine/read/SchoolIndex";

describe("SchoolIndex", () => {
  it("keeps each school's keys apart and answers the first value of a key", () => {
    const index = new SchoolIndex(4);
    expect(index.add(0, 2022, 10)).toBe(-1);
    expect(index.add(1, 2022, 11)).toBe(-1);
    expect(index.add(0, 2022, 12)).toBe(10); // already there: the first value stays
    expect(index.get(0, 2022)).toBe(10);
    expect(index.get(1, 2022)).toBe(11);
    expect(index.get(2, 2022)).toBe(-1);
    expect(index.get(0, 2021)).toBe(-1);
    expect(index.get(1_000, 2022)).toBe(-1);
  });

  it("agrees with a map per school over any sequence of additions (blocks and pool grow)", () => {
    // Few schools and small keys repeat often; large keys test the hashing of any key.
    const key = fc.oneof(fc.nat(40), fc.integer({ min: 0, max: 2 ** 31 - 1 }));
    const addition = fc.tuple(fc.oneof(fc.nat(3), fc.nat(300)), key);
    fc.assert(
      fc.property(fc.array(addition, { maxLength: 3_000 }), (additions) => {
        const index = new SchoolIndex(1);
        const model = new Map<string, number>();
        additions.forEach(([school, key], value) => {
          const name = `${school}|${key}`;
          expect(index.add(school, key, value)).toBe(model.get(name) ?? -1);
          if (!model.has(name)) model.set(name, value);
        });
        for (const [name, value] of model) {
          const [school, key] = name.split("|").map(Number);
          expect(index.get(school, key)).toBe(value);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("holds a school with thousands of keys", () => {
    const index = new SchoolIndex(16);
    for (let k = 0; k < 5_000; k++) expect(index.add(7, k * 4_096 + 2022, k)).toBe(-1);
    for (let k = 0; k < 5_000; k++) expect(index.get(7, k * 4_096 + 2022)).toBe(k);
  });
});
