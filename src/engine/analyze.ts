import { computeIsbsh } from "./isbsh/computeIsbsh";
import { WorkbookContext, type WorkbookFacts } from "./indicators/WorkbookContext";
import { composite } from "./indicators/composite";
import { lowestShare } from "./indicators/lowestShare";
import { resolveReferences } from "./indicators/resolveReferences";
import { KpkTally } from "./kpk/computeKpk";
import { chooseSheets, type TakenSheet } from "./read/chooseSheets";
import { readFisokoExports } from "./read/fisoko/readFisokoExports";
import { ProblemLog } from "./read/ProblemLog";
import { readParams } from "./read/readParams";
import { readResults } from "./read/readResults";
import { readSchools } from "./read/readSchools";
import { readTeachers } from "./read/readTeachers";
import { reportingYear } from "./reportingYear";
import { SchoolMatcher } from "./read/SchoolMatcher";
import type { InputSheet, Results, SchoolResult } from "./results";
import { ogeFailRatios } from "./risks/ogeFailRatios";
import { riskLevels } from "./risks/riskLevels";
import { defaultSettings, METHOD_VERSION, type Settings } from "./settings";
import { evaluateSchool, evaluationReasons } from "./status/evaluateSchool";
import { isOfficialLow } from "./status/isOfficialLow";
import { NO_RESULTS_REASON } from "./status/reasons";
import { warnAsOf } from "./kpk/warnAsOf";
import { unrecognizedFiles, type UnreadFisokoFile } from "./read/fisoko/unrecognizedFiles";
import { messages } from "./messages";
import { SHEET_NAMES, type SheetKind } from "./read/synonyms";
import type { Status, WorkbookInput } from "./types";
import { vprObjectivity, type VprFlag } from "./vpr/vprObjectivity";

export interface AnalyzeOptions {
  /** Today's date (ISO): the default as-of date. The engine never reads the clock. */
  readonly today: string;
  /** The as-of date from the command line or the pane; wins over Параметры. */
  readonly asOf?: string;
  /** The reporting year; wins over Параметры. */
  readonly year?: number;
  /** Settings from the pane, applied over Параметры. */
  readonly settings?: Partial<Settings>;
  /** Sheets of extra files (ФИС ОКО exports given to the CLI), read after the workbook's own. */
  readonly extraSheets?: WorkbookInput["sheets"];
  /** Files found among the extra files that could not be read at all, with why. */
  readonly unreadExtraFiles?: readonly UnreadFisokoFile[];
  /** The sheet the user picked for a kind of data (the pane's mapping); wins over names (B-01). */
  readonly sheets?: Partial<Record<SheetKind, string>>;
}

export type AnalyzeOutcome =
  | { readonly kind: "ok"; readonly results: Results }
  | { readonly kind: "unreadable"; readonly message: string };

/**
 * Runs the whole methodology on a workbook: reads and validates the sheets, matches schools,
 * computes КПК, the composite, indicators, status, ВПР signals, ИСБШ/ШНСУ and risk factors.
 *
 * @returns The results, or `unreadable` with a Russian message when there is no usable ОО sheet.
 */
export function analyze(workbook: WorkbookInput, options: AnalyzeOptions): AnalyzeOutcome {
  const problems = new ProblemLog();
  const inputs = chooseSheets(workbook, problems, options.sheets);
  const sheetNames = workbook.sheets.map((sheet) => sheet.name);
  if (!inputs.schools)
    return { kind: "unreadable", message: messages.noSheet("schools", sheetNames).message };
  // Without Результаты or Педагоги the run goes on, and what needs them is «нет данных» (B-01).
  for (const kind of ["results", "teachers"] as const)
    if (!inputs[kind])
      problems.error(SHEET_NAMES[kind][0], null, messages.noSheet(kind, sheetNames));
  const schoolsOutcome = readSchools(inputs.schools.sheet, problems);
  if (schoolsOutcome.kind === "unreadable") return schoolsOutcome;
  const schools = schoolsOutcome.schools;
  if (schools.length === 0) problems.warning(schoolsOutcome.sheetName, null, messages.noSchools());

  const params = readParams(inputs.params?.sheet, problems);
  const settings: Settings = {
    ...defaultSettings(options.today),
    ...params.overrides,
    ...options.settings,
    references: sortReferences([...params.references, ...(options.settings?.references ?? [])]),
  };
  if (options.asOf) settings.asOf = options.asOf;

  const ref = {
    matcher: new SchoolMatcher(schools, schoolsOutcome.normalizedNames),
    names: schools.map((s) => s.name),
  };
  const results = readResults(inputs.results?.sheet, ref, problems);
  // No row of Результаты: no composite, so no status can be told (B-01), whatever else is there.
  const noResults = results.table.length === 0;
  // ВПР results downloaded from ФИС ОКО, pasted into the workbook or given as extra files.
  const exports = readFisokoExports(
    [...workbook.sheets, ...(options.extraSheets ?? [])],
    { schools, matcher: ref.matcher, existing: results.table, existingSheet: results.sheetName },
    problems,
  );
  const unreadExports = unrecognizedFiles(
    options.extraSheets ?? [],
    exports.consumedSheets,
    options.unreadExtraFiles ?? [],
    problems,
  );
  const rows = results.table;
  for (const row of exports.rows) rows.addConverted(row, exports.sources.get(row));
  const kpkTally = new KpkTally(schools, settings);
  const teachers = readTeachers(inputs.teachers?.sheet, ref, problems, kpkTally);
  const year = reportingYear(
    rows,
    options.year ?? settings.year,
    options.year !== undefined || params.overrides.year !== undefined,
    results.sheetName ?? "Результаты",
    problems,
  );
  settings.year = year;
  warnAsOf(
    settings.asOf,
    options.asOf !== undefined ||
      params.overrides.asOf !== undefined ||
      options.settings?.asOf !== undefined,
    year,
    params.sheetName ?? "Параметры",
    problems,
  );

  const kpk = kpkTally.finish(problems);
  const references = resolveReferences(
    rows,
    year,
    settings,
    params.sheetName ?? "Параметры",
    problems,
  );
  const { composite: composites, cellsUsed } = composite(rows, schools.length, year, settings);
  const lowest = lowestShare(composites, settings.lowShare);
  const isbsh = computeIsbsh(schools, settings);
  const shnsu = lowestShare(isbsh.values, settings.shnsuShare);
  const vpr = vprObjectivity(rows, schools, year, settings);
  const vprBySchool = groupFlags(vpr);
  const failRatios = ogeFailRatios(rows, schools.length, year);

  const facts: WorkbookFacts = {
    year,
    settings,
    rows,
    references,
    resultsSheet: results.sheetName,
    resultColumns: results.columns,
  };
  const columnPrefixes = new Map<string, string>();

  const schoolResults: SchoolResult[] = schools.map((school) => {
    const ctx = new WorkbookContext(facts, columnPrefixes, school, {
      met: lowest.met[school.index],
      value: composites[school.index],
      threshold: composites[school.index] === null ? null : lowest.threshold,
    });
    const schoolKpk = kpk.schools[school.index];
    const factors = riskLevels({
      school,
      settings,
      kpkShare: schoolKpk.share,
      failRatio: failRatios[school.index],
    });
    const evaluation = evaluateSchool(ctx, factors, settings);
    const { indicators, status, confirming } = evaluation;
    return {
      id: school.id,
      name: school.name,
      row: school.row,
      municipality: school.municipality,
      locality: school.locality,
      level: school.level,
      hasGrade10: school.hasGrade10,
      official: school.official,
      officialAgrees:
        school.official === null || noResults
          ? null
          : isOfficialLow(school.official) === (status === "shnor"),
      status: noResults ? "insufficient" : status,
      shnsu: lowest.met[school.index] === null ? null : shnsu.met[school.index],
      isbsh: isbsh.values[school.index],
      composite: composites[school.index],
      cellsUsed: cellsUsed[school.index],
      confirming,
      indicators,
      kpk: schoolKpk,
      riskFactors: factors,
      vprFlags: vprBySchool.get(school.row) ?? [],
      officialVprList: exports.officialList.get(school.index) ?? [],
      reasons: noResults ? [NO_RESULTS_REASON] : evaluationReasons(evaluation),
    };
  });

  const statusCounts: Record<Status, number> = { shnor: 0, risk: 0, normal: 0, insufficient: 0 };
  for (const s of schoolResults) statusCounts[s.status]++;
  return {
    kind: "ok",
    results: {
      methodVersion: METHOD_VERSION,
      year,
      asOf: settings.asOf,
      settings,
      references,
      isbshSource: isbsh.source,
      fisokoSheets: exports.sheets,
      fisokoUnread: unreadExports,
      inputSheets: {
        schools: takenName(inputs.schools),
        results: takenName(inputs.results),
        teachers: takenName(inputs.teachers),
        params: takenName(inputs.params),
      },
      missingInputs: [
        ...(noResults ? (["results"] as const) : []),
        ...(teachers.present ? [] : (["teachers"] as const)),
      ],
      schools: schoolResults,
      totals: {
        kpk: { ...kpk.total, heads: kpk.heads, teachers: kpk.teachers },
        status: statusCounts,
        shnsu: schoolResults.filter((s) => s.shnsu === true).length,
        schools: schoolResults.length,
      },
      vprObjectivity: vpr,
      kpkPlan: kpk.plan,
      problems: problems.items,
    },
  };
}

function takenName(taken: TakenSheet | null): InputSheet | null {
  return taken && { sheet: taken.sheet.name, by: taken.by };
}

function sortReferences<
  T extends { procedure: string; subject: string; field: string; year: number },
>(refs: T[]): T[] {
  return refs.sort(
    (a, b) =>
      a.procedure.localeCompare(b.procedure) ||
      a.subject.localeCompare(b.subject) ||
      a.field.localeCompare(b.field) ||
      a.year - b.year,
  );
}

function groupFlags(flags: readonly VprFlag[]): Map<number, VprFlag[]> {
  const bySchool = new Map<number, VprFlag[]>();
  for (const f of flags) {
    const list = bySchool.get(f.schoolRow);
    if (list) list.push(f);
    else bySchool.set(f.schoolRow, [f]);
  }
  return bySchool;
}
