// The cost of the custom functions =SHNOR.… on our side: the declared function, the marshal
// and the engine, as Excel's shared runtime calls them (Excel's own recalculation is not part of
// these figures). For bench/run.ts: functions.kpkShareUs, functions.riskUs,
// functions.classifyRegionMs.

import { analyze, type Results, type SheetRows, type WorkbookInput } from "../src/engine";
import { classify, kpkShare, risk } from "../src/functions/functions";
import { asPassed } from "../tests/functions/excelTables";
import { indicatorHeaders, indicatorRow } from "../tests/helpers/indicatorRow";
import { generateDistrict, REGION, TODAY } from "./generateDistrict";
import { median, timeRuns } from "./timeRuns";

/** A measured figure and how it was obtained (the shape of bench/run.ts's figures). */
export interface FunctionFigure {
  readonly value: number | null;
  readonly detail: string;
}

/** The budgets of the issue: 5 µs per call of KPK_SHARE and RISK, 100 ms for CLASSIFY. */
export const FUNCTION_TARGETS = {
  "functions.kpkShareUs": 5,
  "functions.riskUs": 5,
  "functions.classifyRegionMs": 100,
} as const;

// Outside Excel there is no runtime to throw CustomFunctions.Error: a stand-in with its shape,
// so that a call on bad data fails the same way (none of the measured calls should).
if (typeof (globalThis as { CustomFunctions?: unknown }).CustomFunctions === "undefined") {
  class ExcelError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  Object.assign(globalThis, {
    CustomFunctions: {
      Error: ExcelError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    },
  });
}

/**
 * The time of one call, in µs: batches of calls over distinct arguments, the median batch
 * divided by its size, after warm-up batches for the JIT.
 */
function perCallUs(calls: readonly (() => unknown)[], batches = 31, warmup = 5): number {
  const times: number[] = [];
  let sink = 0;
  for (let b = 0; b < warmup + batches; b++) {
    const start = performance.now();
    for (const call of calls) sink += call() === undefined ? 0 : 1;
    if (b >= warmup) times.push(performance.now() - start);
  }
  if (sink < 0) throw new Error("unreachable: keeps the calls from being optimized away");
  return (median(times) * 1000) / calls.length;
}

function results(region: WorkbookInput): Results {
  const outcome = analyze(region, { today: TODAY });
  if (outcome.kind !== "ok") throw new Error(outcome.message);
  return outcome.results;
}

/** SHNOR.KPK_SHARE per call over the region's schools (their ОО counts as Excel passes them). */
export async function measureKpkShareUs(region?: WorkbookInput): Promise<FunctionFigure> {
  const schools = results(region ?? generateDistrict(REGION)).schools.filter(
    (s) => s.kpk.source !== null && s.kpk.share !== null,
  );
  const calls = schools.map((s) => () => kpkShare(s.kpk.completed, s.kpk.total));
  return {
    value: perCallUs(calls),
    detail: `median of 31 batches of ${calls.length} calls (one per school)`,
  };
}

/** SHNOR.RISK per call over one row of indicators per school of the region (31 columns). */
export async function measureRiskUs(region?: WorkbookInput): Promise<FunctionFigure> {
  const run = results(region ?? generateDistrict(REGION));
  const headers = [indicatorHeaders(run.year!)];
  const calls = run.schools.map((s) => {
    const values = [indicatorRow(s)];
    return () => risk(values, headers);
  });
  return {
    value: perCallUs(calls),
    detail: `median of 31 batches of ${calls.length} rows of ${headers[0].length} columns`,
  };
}

/** A sheet as Excel passes a range: a full rectangle, dates as serials, percents as fractions. */
function asExcelRange(sheetRows: SheetRows): unknown[][] {
  const rows = Array.from(sheetRows);
  const width = Math.max(...rows.map((r) => r?.length ?? 0));
  return rows.map((r) => Array.from({ length: width }, (_, c) => asPassed(r?.[c])));
}

/** SHNOR.CLASSIFY over the region's four tables (1 000 schools), marshal and engine together. */
export async function measureClassifyRegionMs(region?: WorkbookInput): Promise<FunctionFigure> {
  const workbook = region ?? generateDistrict(REGION);
  const table = (name: string) => asExcelRange(workbook.sheets.find((s) => s.name === name)!.rows);
  const [schools, rows, params, teachers] = ["ОО", "Результаты", "Параметры", "Педагоги"].map(
    table,
  );
  // As many runs as the engine's own region figure, whose work this mostly is.
  const timing = await timeRuns(() => classify(schools, rows, params, teachers), {
    warmup: 5,
    runs: 21,
  });
  const spilled = timing.results[0] as unknown[][];
  return {
    value: timing.medianMs,
    detail: `median of ${timing.runsMs.length}; ${spilled.length - 1} schools, ${rows.length - 1} result and ${teachers.length - 1} teacher rows`,
  };
}
