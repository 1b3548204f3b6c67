import fc from "fast-check";
import { SharedCells } from "../../src/engine";
import { loadWorkbook } from "../helpers/loadDemo";

describe("SharedCells", () => {
  it("gives one object for equal percents and keeps each value as it was", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: false })), (values) => {
        const cells = new SharedCells();
        const first = new Map<number, object>();
        for (const value of values) {
          const cell = cells.percent(value);
          expect(Object.is(cell.percent, value)).toBe(true);
          if (Object.is(value, -0)) continue;
          const earlier = first.get(value);
          if (earlier) expect(cell).toBe(earlier);
          else first.set(value, cell);
        }
      }),
    );
  });

  it("keeps a −0 percent apart from 0, which a Map would take for it", () => {
    const cells = new SharedCells();
    const zero = cells.percent(0);
    expect(Object.is(cells.percent(-0).percent, -0)).toBe(true);
    expect(cells.percent(0)).toBe(zero);
  });

  it("gives the first Date of a moment for every later equal one", () => {
    const cells = new SharedCells();
    const first = new Date(Date.UTC(2021, 5, 15));
    expect(cells.date(first)).toBe(first);
    expect(cells.date(new Date(Date.UTC(2021, 5, 15)))).toBe(first);
    expect(cells.date(new Date(Date.UTC(2021, 5, 16)))).not.toBe(first);
  });

  it("is what the CLI's reader uses: equal percent and date cells of the demo are one object", async () => {
    const workbook = await loadWorkbook();
    const byValue = new Map<string, Set<unknown>>();
    let repeats = 0;
    for (const sheet of workbook.sheets) {
      for (const row of sheet.rows) {
        for (const value of row ?? []) {
          let key: string | null = null;
          if (value instanceof Date) key = `date ${value.getTime()}`;
          else if (value !== null && typeof value === "object" && "percent" in value)
            key = `percent ${value.percent}`;
          if (key === null) continue;
          const objects = byValue.get(key) ?? new Set();
          if (byValue.has(key)) repeats++;
          objects.add(value);
          byValue.set(key, objects);
        }
      }
    }
    // The demo has both kinds, and values that repeat.
    expect(repeats).toBeGreaterThan(10);
    expect([...byValue.keys()].some((k) => k.startsWith("date"))).toBe(true);
    expect([...byValue.keys()].some((k) => k.startsWith("percent"))).toBe(true);
    for (const [key, objects] of byValue) expect([key, objects.size]).toEqual([key, 1]);
  });
});
