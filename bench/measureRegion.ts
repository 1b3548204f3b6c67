// The region's engine and floor figures (the floor read fully, and by text lengths only) in a
// process of their own (run by bench/run.ts as `node bench/measureRegion.ts`): the engine's time
// is then its own, not that of a process that has ExcelJS and the report writer loaded for other
// figures. Prints one JSON line: RegionFigures.

import { analyze } from "../src/engine";
import { generateDistrict, REGION, TODAY } from "./generateDistrict";
import { lengthOnly, readEveryCell } from "./readEveryCell";
import { SETTLED_ENGINE, timeRuns } from "./timeRuns";

// A pass over the cells takes milliseconds: many runs make its median steady.
const FLOOR_RUNS = { warmup: 5, runs: 51 };

/** What the region process reports, in milliseconds. */
export interface RegionFigures {
  readonly engineMs: number;
  readonly runsMs: readonly number[];
  /** The very first run, before the JIT has optimized anything. */
  readonly firstMs: number;
  /** One pass reading every value, every character of the texts included. */
  readonly floorMs: number;
  /** The same pass reading only the length of each text. */
  readonly lengthsPassMs: number;
  readonly sheets: string;
}

async function main(): Promise<void> {
  const workbook = generateDistrict(REGION);
  const run = () => analyze(workbook, { today: TODAY });
  const first = await timeRuns(run, { warmup: 0, runs: 1 });
  const settled = await timeRuns(run, SETTLED_ENGINE);
  const floor = await timeRuns(() => readEveryCell(workbook), FLOOR_RUNS);
  const lengths = await timeRuns(() => readEveryCell(workbook, lengthOnly), FLOOR_RUNS);
  const figures: RegionFigures = {
    engineMs: settled.medianMs,
    runsMs: settled.runsMs,
    firstMs: first.medianMs,
    floorMs: floor.medianMs,
    lengthsPassMs: lengths.medianMs,
    sheets: workbook.sheets.map((s) => `${s.name} ${s.rows.length - 1}`).join(", "),
  };
  process.stdout.write(JSON.stringify(figures) + "\n");
}

void main();
