import { readFileSync } from "fs";
import type { Results } from "../../src/engine";
import { loadWorkbook, run } from "../helpers/loadDemo";

const expected = JSON.parse(
  readFileSync(`${__dirname}/../fixtures/demo-district.expected.json`, "utf8"),
);

/** Compares every field the expected JSON has; numbers to 1e-9; extra fields are additive. */
function differences(want: unknown, got: unknown, path: string, out: string[]): void {
  if (typeof want === "number" && typeof got === "number") {
    if (Math.abs(want - got) > 1e-9) out.push(`${path}: ${got} ≠ ${want}`);
  } else if (want === null || typeof want !== "object") {
    if (want !== got) out.push(`${path}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  } else if (Array.isArray(want)) {
    if (!Array.isArray(got) || got.length !== want.length)
      out.push(`${path}: length ${Array.isArray(got) ? got.length : "—"} ≠ ${want.length}`);
    else want.forEach((w, i) => differences(w, got[i], `${path}[${i}]`, out));
  } else {
    for (const [key, w] of Object.entries(want))
      differences(w, (got as Record<string, unknown> | undefined)?.[key], `${path}.${key}`, out);
  }
}

describe("the demo district gives exactly the expected results", () => {
  let results: Results;
  beforeAll(async () => {
    results = JSON.parse(JSON.stringify(run(await loadWorkbook())));
  });

  it("matches statuses, indicators, composites, КПК and references to 1e-9", () => {
    const out: string[] = [];
    const { problems: _problems, ...rest } = expected;
    differences(rest, results, "", out);
    expect(out).toEqual([]);
  });

  it("finds the same problems, as a set of (severity, sheet, cell)", () => {
    const key = (p: { severity: string; sheet: string; cell: string | null }) =>
      `${p.severity}|${p.sheet}|${p.cell}`;
    expect(new Set(results.problems.map(key))).toEqual(new Set(expected.problems.map(key)));
  });

  it("pools the district's КПК: 472 of 760 = 62,1 %", () => {
    expect(results.totals.kpk.completed).toBe(472);
    expect(results.totals.kpk.total).toBe(760);
    expect(results.totals.kpk.share).toBeCloseTo(0.6210526315789474, 12);
  });
});
