// The country case in a process of its own (run by bench/run.ts as `node --expose-gc --import
// tsx bench/measureCountry.ts RUNS`): its peak memory is then the input plus the engine, not the
// runner's other work. Prints one JSON line: CountryFigures.

import { readFileSync, writeFileSync } from "node:fs";
import { analyze } from "../src/engine";
import { COUNTRY, generateDistrict, TODAY } from "./generateDistrict";
import { timeRuns } from "./timeRuns";

/** What the country process reports. */
export interface CountryFigures {
  readonly engineMs: number;
  readonly runsMs: readonly number[];
  /** The peak resident set during the measured runs, the input data included. */
  readonly peakMB: number;
  /** The resident set with the input generated and nothing else alive. */
  readonly inputMB: number;
  readonly peakSource: "VmHWM" | "maxRSS";
  readonly generateMs: number;
  readonly schools: number;
  readonly resultRows: number;
  readonly teacherRows: number;
  readonly problems: number;
}

const MB = 1024 * 1024;

/** Starts the kernel's peak-RSS mark afresh (Linux only), so that generation does not count. */
function resetPeak(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

/** The peak resident set since the last reset (Linux), else since the process started. */
function peakRss(): { mb: number; source: "VmHWM" | "maxRSS" } {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return { mb: Number(hwm[1]) / 1024, source: "VmHWM" };
  } catch {
    // not Linux: fall through to the portable figure
  }
  return { mb: process.resourceUsage().maxRSS / 1024, source: "maxRSS" };
}

async function main(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with node --expose-gc");
  const runs = Math.max(1, Number(process.argv[2] ?? 3));
  const started = performance.now();
  const workbook = generateDistrict(COUNTRY);
  const generateMs = performance.now() - started;
  gc();
  const inputMB = process.memoryUsage().rss / MB;
  const options = { today: TODAY };

  let problems = 0;
  const run = () => {
    const outcome = analyze(workbook, options);
    problems = outcome.kind === "ok" ? outcome.results.problems.length : -1;
  };
  await timeRuns(run, { warmup: 1, runs: 0 }, gc);
  gc();
  resetPeak();
  const timing = await timeRuns(run, { warmup: 0, runs }, gc);
  const peak = peakRss();
  const figures: CountryFigures = {
    engineMs: timing.medianMs,
    runsMs: timing.runsMs,
    peakMB: peak.mb,
    inputMB,
    peakSource: peak.source,
    generateMs,
    schools: COUNTRY.schools,
    resultRows: workbook.sheets[1].rows.length - 1,
    teacherRows: workbook.sheets[2].rows.length - 1,
    problems,
  };
  process.stdout.write(JSON.stringify(figures) + "\n");
}

void main();
