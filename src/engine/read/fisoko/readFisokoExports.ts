import { messages } from "../../messages";
import type { SheetInput } from "../../types";
import { cellAddress } from "../cellAddress";
import type { ProblemLog } from "../ProblemLog";
import type { FisokoSources, ResultRow } from "../ResultTable";
import { hintsFor } from "../resolveSchool";
import type { SchoolMatcher } from "../SchoolMatcher";
import { seriesText } from "./seriesText";
import { detectFisokoLayout, type FisokoLayout, type FisokoLayoutKind } from "./detectFisokoLayout";
import { ExportMatcher, type ExportSchool } from "./ExportMatcher";
import { FISOKO_COLUMNS } from "./FISOKO_COLUMNS";
import { readJournal, type JournalValues } from "./readJournal";
import { MARK_COLUMNS, readMarks, type MarksValues } from "./readMarks";
import { readObjectivityList } from "./readObjectivityList";
import { readTitleBlock, type TitleBlock } from "./readTitleBlock";
import { sheetParts } from "./sheetParts";
import { UnmatchedSchools, type MunicipalityBlock } from "./UnmatchedSchools";
import { walkHierarchy } from "./walkHierarchy";

/** The schools of ОО and what else the reader checks the exports against. */
export interface FisokoContext {
  /** The schools of ОО in index order. */
  readonly schools: readonly ExportSchool[];
  /** The name matcher of SPEC 3.3 over the same schools. */
  readonly matcher: SchoolMatcher;
  /** Rows already read from Результаты: an export row with the same key is a duplicate. */
  readonly existing?: Iterable<ResultRow>;
  /** The name of the Результаты sheet, for the duplicate message. */
  readonly existingSheet?: string | null;
}

/** A school's entry in a regional list of signs of non-objective results. */
export interface OfficialListEntry {
  readonly year: number;
  /** The marked columns as the list writes them: `4 РУ`, `5 МА`. */
  readonly markers: readonly string[];
  /** `Лист!A1` of the row's login (or name) cell. */
  readonly source: string;
}

/** What was read from one export sheet: for the pane's «Данные» and the report. */
export interface FisokoSheetSummary {
  readonly sheet: string;
  readonly layout: FisokoLayoutKind;
  readonly label: string;
  readonly subject: string | null;
  readonly grade: number | null;
  readonly year: number | null;
  /** Rows of schools of ОО taken from the sheet. */
  readonly schools: number;
}

export interface FisokoOutcome {
  /** Результаты rows of procedure ВПР; `row` is the row on the export sheet. */
  readonly rows: ResultRow[];
  readonly sources: ReadonlyMap<ResultRow, FisokoSources>;
  /** Per school index, its entries in regional lists, by year. */
  readonly officialList: ReadonlyMap<number, readonly OfficialListEntry[]>;
  /** The sheets recognised as exports, whether or not they could be read. */
  readonly consumedSheets: ReadonlySet<string>;
  readonly sheets: readonly FisokoSheetSummary[];
}

interface Detected {
  readonly sheet: SheetInput;
  readonly layout: FisokoLayout;
  readonly title: TitleBlock;
  year: number | null;
}

/** Where a row of ВПР results is, for the duplicate message. */
interface Place {
  readonly sheet: string;
  /** The 0-based row. */
  readonly row: number;
}

/** Where a school's year of a regional list was first read, and what it marked there. */
interface ListedPlace extends Place {
  readonly markers: string;
}

/** A school row taken from an export, before the two layouts are merged. */
interface Taken<T> {
  readonly school: number;
  readonly subject: string;
  readonly grade: number;
  readonly year: number;
  readonly sheet: string;
  /** The 0-based row. */
  readonly row: number;
  readonly layout: FisokoLayout;
  readonly values: T;
}

/** `readMarks` or `readJournal`. */
type ValuesReader<T> = (
  sheet: SheetInput,
  layout: FisokoLayout,
  row: number,
  problems: ProblemLog,
) => T;

/** How a missing column hurts, for its message. */
const MISSING_EFFECT: Partial<Record<string, string>> = {
  participants: "число участников не читается",
  mark2: "доля «2» и средняя отметка не вычисляются",
  lowered: "доля понизивших не читается",
  confirmed: "доля подтвердивших не читается",
  raised: "доля повысивших не читается",
};

/**
 * Reads the ФИС ОКО exports among the sheets, as they are downloaded: «Статистика по
 * отметкам» and «Сравнение отметок с отметками по журналу» become Результаты rows of ВПР
 * (mean mark = Σ mark × share, fail share = the share of «2», lowered / confirmed / raised),
 * merged per school, subject, grade and year; regional lists of signs of non-objective
 * results become per-school entries. Schools are found by login, then by name; every problem
 * names the export's own cell, and the rest of the export is still read.
 *
 * @param sheets Any sheets: those that are not exports are passed over.
 * @param context The schools of ОО, their matcher, and the rows of Результаты.
 */
export function readFisokoExports(
  sheets: readonly SheetInput[],
  context: FisokoContext,
  problems: ProblemLog,
): FisokoOutcome {
  const detected = detectAll(sheets, problems);
  // The schools are indexed only when there is an export to match: most workbooks have none.
  const matcher = new ExportMatcher(detected.length > 0 ? context.schools : [], context.matcher);
  const marks = new Map<string, Taken<MarksValues>>();
  const journal = new Map<string, Taken<JournalValues>>();
  const officialList = new Map<number, OfficialListEntry[]>();
  const listed = new Map<string, ListedPlace>();
  // Keyed only when there is an export to check, like the matcher: Результаты is long.
  const earlier = detected.length > 0 ? existingKeys(context) : new Map<string, Place>();
  const summaries: FisokoSheetSummary[] = [];

  for (const d of detected) {
    const { sheet, layout, title, year } = d;
    reportMissingColumns(d, problems);
    let kept = 0;
    if (layout.kind === "list" && year === null && !layout.columns.has("year")) {
      problems.error(sheet.name, null, messages.fisokoUnknown("год"));
    } else if (layout.kind === "list") {
      kept = readList(d, matcher, context, officialList, listed, problems);
    } else if (title.subject === null || title.grade === null || year === null) {
      const unknown = [
        title.subject === null && "предмет",
        title.grade === null && "класс",
        year === null && "год",
      ];
      problems.error(sheet.name, null, messages.fisokoUnknown(unknown.filter(Boolean).join(", ")));
    } else {
      const series = { subject: title.subject, grade: title.grade, year };
      // Each layout has its own map: a statistics row and a comparison row of a school merge.
      const take =
        <T>(target: Map<string, Taken<T>>, read: ValuesReader<T>) =>
        (school: number, row: number): boolean => {
          const key = resultKey(school, series.subject, series.grade, series.year);
          const first = earlier.get(key) ?? target.get(key);
          if (first !== undefined) {
            const at = cellAddress(row, layout.columns.get("group") ?? 0);
            problems.error(sheet.name, at, messages.fisokoDuplicate(first.sheet, first.row + 1));
            return false;
          }
          const values = read(sheet, layout, row, problems);
          target.set(key, { school, ...series, sheet: sheet.name, row, layout, values });
          return true;
        };
      const accept = layout.kind === "marks" ? take(marks, readMarks) : take(journal, readJournal);
      kept = readSchoolRows(d, matcher, context, accept, problems);
    }
    summaries.push({
      sheet: sheet.name,
      layout: layout.kind,
      label: layout.label,
      subject: title.subject,
      grade: title.grade,
      year,
      schools: kept,
    });
    problems.info(sheet.name, null, messages.fisokoDetected(layout.label, describe(d), kept));
  }

  const { rows, sources } = mergeRows(marks, journal, problems);
  for (const entries of officialList.values()) entries.sort((a, b) => a.year - b.year);
  return {
    rows,
    sources,
    officialList,
    consumedSheets: new Set(detected.map((d) => d.sheet.name)),
    sheets: summaries,
  };
}

function resultKey(school: number, subject: string, grade: number | null, year: number): string {
  return `${school}|${subject}|${grade}|${year}`;
}

/** A column the layout needs and the header lacks: an error at the header's first cell. */
function reportMissingColumns({ sheet, layout }: Detected, problems: ProblemLog): void {
  const header = cellAddress(layout.headerRow, layout.columns.get("group") ?? 0);
  for (const key of layout.missing) {
    const label = FISOKO_COLUMNS.find((c) => c.key === key)?.label ?? key;
    const effect = MISSING_EFFECT[key] ?? "средняя отметка не вычисляется";
    problems.error(sheet.name, header, messages.fisokoMissingColumn(layout.label, label, effect));
  }
}

/** Detects the exports and their title blocks; a sheet without a year takes its file's only year. */
function detectAll(sheets: readonly SheetInput[], problems: ProblemLog): Detected[] {
  const detected: Detected[] = [];
  for (const sheet of sheets) {
    const layout = detectFisokoLayout(sheet);
    if (!layout) continue;
    const title = readTitleBlock(sheet, layout.headerRow);
    detected.push({ sheet, layout, title, year: title.year });
  }
  for (const d of detected) {
    if (d.year !== null || d.layout.kind === "list") continue;
    const file = sheetParts(d.sheet.name).file;
    const years = new Set(
      detected
        .filter((o) => o.title.year !== null && sheetParts(o.sheet.name).file === file)
        .map((o) => o.title.year),
    );
    if (years.size !== 1) continue;
    d.year = [...years][0];
    problems.info(d.sheet.name, null, messages.fisokoYearFromFile(d.year!));
  }
  return detected;
}

/** The keys of the ВПР rows of Результаты, with where they are. */
function existingKeys(context: FisokoContext): Map<string, Place> {
  const keys = new Map<string, Place>();
  for (const r of context.existing ?? []) {
    if (r.procedure !== "ВПР") continue;
    keys.set(resultKey(r.school, r.subject, r.grade, r.year), {
      sheet: context.existingSheet ?? "Результаты",
      row: r.row - 1,
    });
  }
  return keys;
}

/**
 * Matches the school rows of a hierarchical export and hands each found one to `take`.
 *
 * @returns How many rows `take` kept.
 */
function readSchoolRows(
  d: Detected,
  matcher: ExportMatcher,
  context: FisokoContext,
  take: (school: number, row: number) => boolean,
  problems: ProblemLog,
): number {
  const unmatched = new UnmatchedSchools(d.sheet.name);
  const groupCol = d.layout.columns.get("group") ?? 0;
  let kept = 0;
  for (const school of walkHierarchy(d.sheet, d.layout, problems)) {
    const index = findSchool(
      school.name,
      school.login,
      school.municipality,
      cellAddress(school.row, groupCol),
      matcher,
      context,
      unmatched,
    );
    if (index !== null && take(index, school.row)) kept++;
  }
  unmatched.flush(problems);
  return kept;
}

/** The school of an export row, or null with its warning waiting in `unmatched`. */
function findSchool(
  name: string,
  login: string | null,
  block: MunicipalityBlock | null,
  cell: string,
  matcher: ExportMatcher,
  context: FisokoContext,
  unmatched: UnmatchedSchools,
): number | null {
  const match = matcher.match(name, login, block?.name ?? null);
  switch (match.kind) {
    case "matched":
      unmatched.found(block);
      return match.index;
    case "notFound":
      unmatched.missing(block, cell, `${name}|${login}`, (rows) =>
        messages.fisokoSchoolNotFound(
          name,
          login,
          rows,
          hintsFor(name, context.matcher, (i) => context.schools[i].name),
        ),
      );
      return null;
    case "ambiguous": {
      const candidates = match.candidates.map((i) => context.schools[i].name);
      unmatched.missing(block, cell, `${name}|${login}`, (rows) =>
        messages.fisokoSchoolAmbiguous(name, candidates, rows),
      );
      return null;
    }
    case "loginConflict": {
      const school = context.schools[match.index];
      unmatched.missing(block, cell, `${name}|${login}`, (rows) =>
        messages.fisokoLoginConflict(name, login!, school.name, school.login!, rows),
      );
      return null;
    }
  }
}

/**
 * Reads a regional list into `entries`; a school listed twice for one year, in this list or
 * an earlier one, is a duplicate.
 *
 * @returns How many entries were kept.
 */
function readList(
  d: Detected,
  matcher: ExportMatcher,
  context: FisokoContext,
  entries: Map<number, OfficialListEntry[]>,
  listed: Map<string, ListedPlace>,
  problems: ProblemLog,
): number {
  const unmatched = new UnmatchedSchools(d.sheet.name);
  const repeats: { cell: string; firstRow: number }[] = [];
  let kept = 0;
  for (const row of readObjectivityList(d.sheet, d.layout, d.year, problems)) {
    const index = findSchool(
      row.name,
      row.login,
      row.municipality,
      row.cell,
      matcher,
      context,
      unmatched,
    );
    if (index === null) continue;
    const key = `${index}|${row.year}`;
    const markers = row.markers.join("|");
    const first = listed.get(key);
    if (first) {
      // Real lists repeat rows verbatim: a repeat that says the same is read once, with one
      // note for the whole list (DECISIONS B-05).
      if (first.markers === markers) repeats.push({ cell: row.cell, firstRow: first.row + 1 });
      else
        problems.error(
          d.sheet.name,
          row.cell,
          messages.fisokoListDuplicate(first.sheet, first.row + 1),
        );
      continue;
    }
    listed.set(key, { sheet: d.sheet.name, row: row.row, markers });
    const list = entries.get(index) ?? [];
    list.push({ year: row.year, markers: row.markers, source: `${d.sheet.name}!${row.cell}` });
    entries.set(index, list);
    kept++;
  }
  unmatched.flush(problems);
  if (repeats.length > 0)
    problems.info(
      d.sheet.name,
      repeats[0].cell,
      messages.fisokoListRepeat(repeats.map((r) => `${r.cell} — как строка ${r.firstRow}`)),
    );
  return kept;
}

/** What a sheet was read as, for its info line: «русский язык, 4 класс, 2026 год». */
function describe(d: Detected): string {
  if (d.layout.kind === "list") return "";
  return seriesText(d.title.subject, d.title.grade, d.year, " год");
}

/**
 * One Результаты row per school, subject, grade and year: the statistics give the
 * participants, mean and fail share, the comparison the three shares. When both give the
 * participants and they differ, the statistics win with a warning.
 */
function mergeRows(
  marks: ReadonlyMap<string, Taken<MarksValues>>,
  journal: ReadonlyMap<string, Taken<JournalValues>>,
  problems: ProblemLog,
): { rows: ResultRow[]; sources: Map<ResultRow, FisokoSources> } {
  const rows: ResultRow[] = [];
  const sources = new Map<ResultRow, FisokoSources>();
  const keys = [...marks.keys(), ...[...journal.keys()].filter((k) => !marks.has(k))];
  for (const key of keys) {
    const m = marks.get(key);
    const j = journal.get(key);
    const first = (m ?? j)!;
    if (
      m &&
      j &&
      m.values.participants !== null &&
      j.values.participants !== null &&
      m.values.participants !== j.values.participants
    ) {
      const at = cellAddress(j.row, j.layout.columns.get("participants")!);
      problems.warning(
        j.sheet,
        at,
        messages.fisokoParticipantsDiffer(
          j.values.participants,
          m.values.participants,
          m.sheet,
          m.row + 1,
        ),
      );
    }
    const row: ResultRow = {
      school: first.school,
      row: first.row + 1,
      year: first.year,
      procedure: "ВПР",
      subject: first.subject,
      grade: first.grade,
      participants: m?.values.participants ?? j?.values.participants ?? null,
      mean: m?.values.mean ?? null,
      failShare: m?.values.failShare ?? null,
      lowered: j?.values.lowered ?? null,
      confirmed: j?.values.confirmed ?? null,
      raised: j?.values.raised ?? null,
    };
    rows.push(row);
    sources.set(
      row,
      definedOnly({
        ...(m ? marksSources(m) : {}),
        ...(j ? journalSources(j, m === undefined) : {}),
      }),
    );
  }
  return { rows, sources };
}

function marksSources(m: Taken<MarksValues>): FisokoSources {
  const at = (col: number | undefined) =>
    col === undefined ? undefined : `${m.sheet}!${cellAddress(m.row, col)}`;
  const cols = m.layout.columns;
  const first = cols.get("mark2");
  const last = cols.get("mark5");
  const complete = MARK_COLUMNS.every(([key]) => cols.has(key));
  return {
    school: at(cols.get("group")),
    participants: at(cols.get("participants")),
    mean: complete
      ? `${m.sheet}!${cellAddress(m.row, first!)}:${cellAddress(m.row, last!)}`
      : undefined,
    failShare: at(first),
  };
}

function journalSources(j: Taken<JournalValues>, alone: boolean): FisokoSources {
  const at = (col: number | undefined) =>
    col === undefined ? undefined : `${j.sheet}!${cellAddress(j.row, col)}`;
  const cols = j.layout.columns;
  return {
    ...(alone ? { school: at(cols.get("group")), participants: at(cols.get("participants")) } : {}),
    lowered: at(cols.get("lowered")),
    confirmed: at(cols.get("confirmed")),
    raised: at(cols.get("raised")),
  };
}

function definedOnly(sources: FisokoSources): FisokoSources {
  return Object.fromEntries(Object.entries(sources).filter(([, cell]) => cell !== undefined));
}
