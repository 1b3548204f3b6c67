// The benchmarks: `npm run bench` prints the table, `npm run bench -- --json FILE` also writes the
// figures as JSON, `--only region` (or any key prefix, comma-separated) runs a subset.
// Adding a figure is one entry of MEASUREMENTS.

import { spawn } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { analyze, buildReport, type WorkbookInput } from "../src/engine";
import { generateDistrict, REGION, TODAY } from "./generateDistrict";
import type { CountryFigures } from "./measureCountry";
import type { RegionFigures } from "./measureRegion";
import { median, SETTLED_ENGINE, timeRuns, type Timing } from "./timeRuns";
import { writeDistrictXlsx } from "./writeDistrictXlsx";
import { measureClassifyRegionMs, measureKpkShareUs, measureRiskUs } from "./functionsBench";
import { districtReport, measureWrite, type WriterFigures } from "./writerBench";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** A measured figure (null when it could not be measured) and how it was obtained. */
interface Figure {
  readonly value: number | null;
  readonly detail: string;
  /** Side figures written to the JSON beside the main one, e.g. `region.floorMs`. */
  readonly extra?: Readonly<Record<string, number>>;
}

/** One line of the table and one key of the JSON. */
interface Measurement {
  /** The JSON path, e.g. `region.engineMs`. */
  readonly key: string;
  readonly label: string;
  readonly unit: "ms" | "MB" | "×" | "µs";
  /** The budget: the figure must not exceed it; none for figures only reported. */
  readonly target?: number;
  readonly measure: (bench: Bench) => Promise<Figure>;
}

/** The shared, expensive steps, each done once however many figures use it. */
class Bench {
  private readonly done = new Map<string, Promise<unknown>>();

  private once<T>(name: string, work: () => Promise<T>): Promise<T> {
    if (!this.done.has(name)) this.done.set(name, work());
    return this.done.get(name) as Promise<T>;
  }

  region(): Promise<WorkbookInput> {
    return this.once("region", async () => generateDistrict(REGION));
  }

  /** The engine and the floor on the region, in a process of their own. */
  regionEngine(): Promise<RegionFigures> {
    return this.once("regionEngine", () => runChild<RegionFigures>(benchScript("measureRegion")));
  }

  /**
   * The engine on the region in this process, which has ExcelJS and the writer loaded for other
   * figures: reported beside the figure of its own process, for comparison.
   */
  regionEngineHere(): Promise<Timing> {
    return this.once("regionEngineHere", async () => {
      const workbook = await this.region();
      return timeRuns(() => analyze(workbook, { today: TODAY }), SETTLED_ENGINE);
    });
  }

  /** The region as an .xlsx file in a temporary folder, removed at the end. */
  regionXlsx(): Promise<string> {
    return this.once("regionXlsx", async () => writeDistrictXlsx(await this.region()));
  }

  country(): Promise<CountryFigures> {
    return this.once("country", () => runCountry(3));
  }

  /** The report writer against the fake Excel: the region here, the country in its own process. */
  writer(): Promise<{ region: WriterFigures; country: WriterFigures }> {
    return this.once("writer", async () => {
      const model = districtReport(REGION);
      const runs: WriterFigures[] = [];
      for (let i = 0; i < 3; i++) runs.push(await measureWrite(model, REGION.schools));
      const region = [...runs].sort((a, b) => a.writerMs - b.writerMs)[1];
      const country = await runChild<WriterFigures>([...benchScript("writerBench"), "country"]);
      return { region, country };
    });
  }

  async cleanUp(): Promise<void> {
    if (this.done.has("regionXlsx"))
      await rm(dirname(await this.regionXlsx()), { recursive: true, force: true });
  }
}

/** The country case in its own process, so that its peak memory is its own. */
function runCountry(runs: number): Promise<CountryFigures> {
  return runChild<CountryFigures>(["--expose-gc", ...benchScript("measureCountry"), String(runs)]);
}

/**
 * How to run another bench script: its bundle beside this one when the bench runs bundled
 * (`npm run bench`, like the shipped add-in), else its source through tsx.
 */
function benchScript(name: string): string[] {
  return import.meta.url.endsWith(".mjs")
    ? [join(ROOT, ".bench", `${name}.mjs`)]
    : ["--import", "tsx", join(ROOT, "bench", `${name}.ts`)];
}

/** A bench script in a process of its own, answering with one JSON line on stdout. */
function runChild<T>(args: readonly string[]): Promise<T> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => {
      const line = out.trim().split("\n").pop() ?? "";
      if (code !== 0 || !line.startsWith("{"))
        fail(new Error(`${args.at(-2)} ended with code ${code}`));
      else done(JSON.parse(line) as T);
    });
  });
}

/**
 * The CLI end to end (read, analyze, write the report) against ExcelJS alone reading the same
 * file and writing it back: runs alternate so that a busy moment of the machine hits both.
 */
async function measureCli(bench: Bench): Promise<Figure> {
  let runReport: (options: { input: string; out: string; quiet?: boolean }) => Promise<number>;
  try {
    ({ runReport } = await import("../src/cli/runReport"));
  } catch (error) {
    return {
      value: null,
      detail: `src/cli/runReport unavailable: ${error instanceof Error ? error.message : error}`,
    };
  }
  const input = await bench.regionXlsx();
  const dir = dirname(input);
  const cli = async () => {
    const code = await runReport({ input, out: join(dir, "report.xlsx"), quiet: true });
    if (code !== 0) throw new Error(`runReport returned ${code}`);
  };
  const excelJs = async () => {
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(input);
    await excel.xlsx.writeFile(join(dir, "copy.xlsx"));
  };
  const cliMs: number[] = [];
  const excelJsMs: number[] = [];
  for (let i = 0; i < 4; i++) {
    for (const [work, times] of [
      [cli, cliMs],
      [excelJs, excelJsMs],
    ] as const) {
      const start = performance.now();
      await work();
      if (i > 0) times.push(performance.now() - start); // the first round warms up
    }
  }
  const cliMedian = median(cliMs);
  const excelJsMedian = median(excelJsMs);
  return {
    value: cliMedian / excelJsMedian,
    detail: `CLI ${fmt(cliMedian, "ms")} / ExcelJS read+write ${fmt(excelJsMedian, "ms")}, median of ${cliMs.length}`,
    extra: { "region.cliMs": cliMedian, "region.excelJsMs": excelJsMedian },
  };
}

/** The report for the region: the model built from the results and written as .xlsx with charts. */
async function measureReport(bench: Bench): Promise<Figure> {
  const workbook = await bench.region();
  const outcome = analyze(workbook, { today: TODAY });
  if (outcome.kind !== "ok") return { value: null, detail: outcome.message };
  const { writeReportFile } = await import("../src/cli/writeReportFile");
  const dir = dirname(await bench.regionXlsx());
  const times: number[] = [];
  for (let i = 0; i < 4; i++) {
    const start = performance.now();
    await writeReportFile(buildReport(outcome.results), join(dir, "report-only.xlsx"));
    if (i > 0) times.push(performance.now() - start); // the first run warms up
  }
  return { value: median(times), detail: `model + .xlsx with charts, median of ${times.length}` };
}

const WRITER_MEASUREMENTS: readonly Measurement[] = [
  {
    key: "writer.syncsRegion",
    label: "Writer syncs, region",
    unit: "×",
    measure: async (bench) => {
      const { region } = await bench.writer();
      return {
        value: region.syncs,
        detail: `${region.requests} of them send something`,
        extra: { "writer.requestsRegion": region.requests },
      };
    },
  },
  {
    key: "writer.syncsCountry",
    label: "Writer syncs, country (= region)",
    unit: "×",
    measure: async (bench) => {
      const { region, country } = await bench.writer();
      const equal =
        region.syncs === country.syncs ? "equal to the region" : "NOT equal to the region";
      return {
        value: country.syncs,
        detail: `${equal}; ${country.requests} send something`,
        extra: { "writer.requestsCountry": country.requests },
      };
    },
  },
  {
    key: "writer.maxRequestMB",
    label: "Writer, largest request",
    unit: "MB",
    target: 4,
    measure: async (bench) => {
      const { region, country } = await bench.writer();
      return {
        value: Math.max(region.maxRequestMB, country.maxRequestMB),
        detail: `country sends ${fmt(country.totalMB, "MB")} in all`,
      };
    },
  },
  {
    key: "writer.regionMs",
    label: "Writer, region (time in our code)",
    unit: "ms",
    measure: async (bench) => {
      const { region } = await bench.writer();
      return {
        value: region.writerMs,
        detail: `the fake's own ${fmt(region.fakeMs, "ms")} left out`,
      };
    },
  },
];

const FUNCTION_MEASUREMENTS: readonly Measurement[] = [
  {
    key: "functions.kpkShareUs",
    label: "=SHNOR.KPK_SHARE, per call",
    unit: "µs",
    target: 5,
    measure: async (bench) => measureKpkShareUs(await bench.region()),
  },
  {
    key: "functions.riskUs",
    label: "=SHNOR.RISK, per call",
    unit: "µs",
    target: 5,
    measure: async (bench) => measureRiskUs(await bench.region()),
  },
  {
    key: "functions.classifyRegionMs",
    label: "=SHNOR.CLASSIFY, region",
    unit: "ms",
    target: 100,
    measure: async (bench) => measureClassifyRegionMs(await bench.region()),
  },
];

const MEASUREMENTS: readonly Measurement[] = [
  {
    key: "region.engineMs",
    label: "Engine, region (1 000 schools)",
    unit: "ms",
    target: 50,
    measure: async (bench) => {
      const t = await bench.regionEngine();
      const here = await bench.regionEngineHere();
      return {
        value: t.engineMs,
        detail: `own process, median of ${t.runsMs.length} after ${SETTLED_ENGINE.warmup + 1} warm-up runs (the first: ${fmt(t.firstMs, "ms")}; beside ExcelJS: ${fmt(here.medianMs, "ms")}); ${t.sheets}`,
        extra: { "region.firstRunMs": t.firstMs, "region.engineBesideExcelJsMs": here.medianMs },
      };
    },
  },
  {
    key: "region.engineToFloor",
    label: "Engine / one pass over the cells",
    unit: "×",
    target: 4,
    measure: async (bench) => {
      const t = await bench.regionEngine();
      return {
        value: t.engineMs / t.floorMs,
        detail: `${fmt(t.engineMs, "ms")} / ${fmt(t.floorMs, "ms")}, every value read, texts character by character`,
        extra: { "region.floorMs": t.floorMs },
      };
    },
  },
  {
    key: "region.engineToLengthsPass",
    label: "Engine / pass reading text lengths",
    unit: "×",
    measure: async (bench) => {
      const t = await bench.regionEngine();
      return {
        value: t.engineMs / t.lengthsPassMs,
        detail: `${fmt(t.engineMs, "ms")} / ${fmt(t.lengthsPassMs, "ms")}, the first floor: texts by their length only`,
        extra: { "region.lengthsPassMs": t.lengthsPassMs },
      };
    },
  },
  {
    key: "region.cliToExcelJs",
    label: "CLI / ExcelJS read+write, region",
    unit: "×",
    target: 1.5,
    measure: measureCli,
  },
  {
    key: "region.reportMs",
    label: "Report model + .xlsx, region",
    unit: "ms",
    measure: measureReport,
  },
  {
    key: "country.engineMs",
    label: "Engine, country (40 000 schools)",
    unit: "ms",
    target: 3000,
    measure: async (bench) => {
      const c = await bench.country();
      return {
        value: c.engineMs,
        detail: `median of ${c.runsMs.length}; ${c.resultRows} result rows, ${c.teacherRows} teacher rows`,
        extra: { "country.generateMs": c.generateMs },
      };
    },
  },
  {
    key: "country.peakMB",
    label: "Peak memory, country, input included",
    unit: "MB",
    target: 1024,
    measure: async (bench) => {
      const c = await bench.country();
      return {
        value: c.peakMB,
        detail: `peak RSS (${c.peakSource}); the input alone ${fmt(c.inputMB, "MB")}`,
        extra: { "country.inputMB": c.inputMB },
      };
    },
  },
  ...WRITER_MEASUREMENTS,
  ...FUNCTION_MEASUREMENTS,
];

function fmt(value: number | null, unit: Measurement["unit"]): string {
  if (value === null) return "—";
  if (unit === "×") return `${Number.isInteger(value * 10) ? value : value.toFixed(2)} ×`;
  if (unit === "µs") return `${value.toFixed(2)} µs`;
  return `${value < 100 && !Number.isInteger(value) ? value.toFixed(1) : Math.round(value).toLocaleString("ru-RU")} ${unit}`;
}

/** Sets `value` at a dotted path of a nested object: `region.engineMs` → `{region: {engineMs}}`. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
  node[parts[parts.length - 1]] = value;
}

function printTable(rows: readonly (readonly string[])[]): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, c) => cell + " ".repeat(widths[c] - [...cell].length))
        .join("  ")
        .trimEnd(),
    );
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const jsonFile = argument("--json");
  const only = argument("--only")?.split(",");
  const chosen = MEASUREMENTS.filter(
    (m) => !only || only.some((prefix) => m.key.startsWith(prefix)),
  );
  const bench = new Bench();
  const json: Record<string, unknown> = {};
  const targets: Record<string, unknown> = {};
  const table: string[][] = [["figure", "key", "value", "target", "", "how"]];
  try {
    for (const m of chosen) {
      process.stderr.write(`… ${m.key}\n`);
      const figure = await m.measure(bench).catch((error: unknown): Figure => ({
        value: null,
        detail: `failed: ${error instanceof Error ? error.message : error}`,
      }));
      setPath(json, m.key, figure.value);
      if (m.target !== undefined) setPath(targets, m.key, m.target);
      for (const [key, value] of Object.entries(figure.extra ?? {})) setPath(json, key, value);
      const verdict =
        figure.value === null
          ? "?"
          : m.target === undefined
            ? ""
            : figure.value <= m.target
              ? "✓"
              : "✗";
      table.push([
        m.label,
        m.key,
        fmt(figure.value, m.unit),
        m.target === undefined ? "—" : `≤ ${fmt(m.target, m.unit)}`,
        verdict,
        figure.detail,
      ]);
    }
  } finally {
    await bench.cleanUp();
  }
  console.log();
  printTable(table);
  if (jsonFile) {
    json.targets = targets;
    json.environment = {
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
    };
    await mkdir(dirname(resolve(jsonFile)), { recursive: true });
    await writeFile(jsonFile, JSON.stringify(json, null, 2) + "\n", "utf8");
    console.log(`\nJSON: ${jsonFile}`);
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
