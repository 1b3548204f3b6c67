// Report writing against the recording fake of the Excel API: syncs, the largest request and
// the time spent in the writer itself (the fake's own work is subtracted). The fake counts what
// Office.js would send; Excel's own time to apply a request is not part of these figures.

import { analyze, buildReport, type ReportModel } from "../src/engine";
import { REQUEST_BUDGET_BYTES, writeReport } from "../src/excel/writeReport";
import { runWithFake } from "../tests/excel/fake/FakeExcel";
import { FakeWorkbook } from "../tests/excel/fake/FakeWorkbook";
import { COUNTRY, generateDistrict, REGION, TODAY, type DistrictOptions } from "./generateDistrict";

const MB = 1_000_000;

/** What one report write cost. */
export interface WriterFigures {
  readonly schools: number;
  /** `context.sync()` calls. */
  readonly syncs: number;
  /** Syncs that sent something (office.js sends nothing for an empty batch). */
  readonly requests: number;
  /** The largest request, in MB (10⁶ bytes). */
  readonly maxRequestMB: number;
  /** All requests together, in MB. */
  readonly totalMB: number;
  /** Milliseconds in the writer: the whole write less the fake's time in its syncs. */
  readonly writerMs: number;
  /** Milliseconds the fake spent applying and measuring the requests. */
  readonly fakeMs: number;
  readonly cells: number;
}

/** The report model of a generated district, as the pane would have it before writing. */
export function districtReport(options: DistrictOptions): ReportModel {
  const outcome = analyze(generateDistrict(options), { today: TODAY });
  if (outcome.kind !== "ok") throw new Error(outcome.message);
  return buildReport(outcome.results);
}

/**
 * Writes a report into a fake workbook that refuses requests over 5 MB (as Excel on the web
 * does) and reports the syncs, the largest request and the writer's time.
 *
 * @param model The report model to write.
 * @param schools The number of schools, for the figures.
 */
export async function measureWrite(model: ReportModel, schools: number): Promise<WriterFigures> {
  const fake = new FakeWorkbook({ requestLimitBytes: 5 * MB });
  fake.addSheet("ОО", [["Наименование ОО"]]);
  const started = performance.now();
  const summary = await runWithFake(fake, (context) => writeReport(context, model));
  const totalMs = performance.now() - started;
  const requests = fake.stats.requests;
  return {
    schools,
    syncs: fake.stats.syncs,
    requests: requests.length,
    maxRequestMB: fake.maxRequestBytes() / MB,
    totalMB: requests.reduce((sum, r) => sum + r.bytes, 0) / MB,
    writerMs: Math.round(totalMs - fake.stats.fakeMs),
    fakeMs: Math.round(fake.stats.fakeMs),
    cells: summary.cells,
  };
}

/**
 * Measures a district of the given size from generation to the written report.
 *
 * @param options E.g. {@link REGION} (1 000 schools) or {@link COUNTRY} (40 000).
 */
export async function measureWriter(options: DistrictOptions): Promise<WriterFigures> {
  return measureWrite(districtReport(options), options.schools);
}

/**
 * The writer's benchmark keys for `npm run bench`: syncs for the region (1 000 schools) and the
 * country (40 000), which must be equal; the largest request in MB (≤ 4); the region's write
 * time in the writer's own code (median of three). Besides: the requests that reach Excel, which
 * do follow the size. The country needs about 3 GB of memory (engine and fake) and half a minute.
 */
export async function writerBenchmarks(): Promise<Record<string, number>> {
  const regionModel = districtReport(REGION);
  // The first write warms the JIT; the median of three is the figure.
  const regionRuns = [];
  for (let i = 0; i < 3; i++) regionRuns.push(await measureWrite(regionModel, REGION.schools));
  const region = [...regionRuns].sort((a, b) => a.writerMs - b.writerMs)[1];
  const country = await measureWriter(COUNTRY);
  return {
    "writer.syncsRegion": region.syncs,
    "writer.syncsCountry": country.syncs,
    "writer.maxRequestMB": Number(Math.max(region.maxRequestMB, country.maxRequestMB).toFixed(3)),
    "writer.regionMs": region.writerMs,
    "writer.requestsRegion": region.requests,
    "writer.requestsCountry": country.requests,
    "writer.budgetMB": REQUEST_BUDGET_BYTES / MB,
  };
}

// Run on its own (`node --import tsx bench/writerBench.ts [region|country]`), as bench/run.ts
// runs the country in a process of its own: prints the figures as one JSON line.
if (/writerBench\.(ts|mjs)$/.test(process.argv[1] ?? "")) {
  const which = process.argv[2];
  const task =
    which === "region" || which === "country"
      ? measureWriter(which === "region" ? REGION : COUNTRY)
      : writerBenchmarks();
  task.then(
    (figures) => process.stdout.write(`${JSON.stringify(figures)}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
