import { filledColumn, widenedColumn, type NumberColumn } from "../filledColumn";
import { childMap } from "./childMap";
import { SchoolIndex } from "./SchoolIndex";

/** One row of Результаты, matched to its school and parsed; missing values are null. */
export interface ResultRow {
  readonly school: number;
  /** The Excel row (1-based). */
  readonly row: number;
  readonly year: number;
  readonly procedure: string;
  readonly subject: string;
  /** The grade for ВПР; null for ОГЭ and ЕГЭ, whose grade column is ignored. */
  readonly grade: number | null;
  readonly participants: number | null;
  readonly mean: number | null;
  failShare: number | null;
  lowered: number | null;
  confirmed: number | null;
  raised: number | null;
  /** The cells the values came from when the row was converted from a ФИС ОКО export. */
  readonly sources?: FisokoSources;
}

/** `Лист!A1` of the cells a row converted from a ФИС ОКО export took its values from. */
export type FisokoSources = Partial<
  Record<
    "school" | "participants" | "mean" | "failShare" | "lowered" | "confirmed" | "raised",
    string
  >
>;

/** A procedure, subject and grade (null but for ВПР): the rows of a school form one per year. */
export interface Series {
  readonly procedure: string;
  readonly subject: string;
  readonly grade: number | null;
}

/** The number columns of a result row. */
export type ResultField =
  "participants" | "mean" | "failShare" | "lowered" | "confirmed" | "raised";

/** Which rows a query takes. */
export interface RowFilter {
  /** Whether the rows of a series are taken; asked once per series, not per row. */
  readonly series: (series: Series) => boolean;
  /** The years taken, first to last. */
  readonly firstYear: number;
  readonly lastYear: number;
  /** A field the rows must have. */
  readonly present?: ResultField;
  /** The fewest participants a row must have; a row without a count is left out. */
  readonly minParticipants?: number;
}

/**
 * Rows grouped into cells (a series in a year), in the order of each cell's first row: cell `c`
 * holds the row indexes `rows[starts[c]]` to `rows[starts[c + 1] - 1]`, in table order.
 */
export interface GroupedRows {
  readonly count: number;
  readonly starts: Int32Array;
  readonly rows: NumberColumn;
}

const INITIAL_CAPACITY = 64;
// A school's rows are indexed by series × YEARS + year: years are 1990–2100 (parseYear), below
// 2^12, and a sheet has at most 2^20 rows, so fewer series than 2^19 and keys below 2^31.
const YEARS = 2 ** 12;
const SERIES_YEARS = 2 ** 31;

/**
 * The rows of Результаты (and of ФИС ОКО exports) as columns: a region has tens of thousands of
 * rows and a country millions, and an object per row with its boxed numbers was most of the
 * engine's time and memory. Rules read it through queries that give a value or null and row
 * indexes, never an object per row; {@link rowAt} gives the row as an object for the few rows a
 * rule looks at one by one.
 */
export class ResultTable implements Iterable<ResultRow> {
  length = 0;
  // School indexes and Excel rows are below 2^21: half the memory of a number column. Only
  // these two are typed, as V8 collects the whole heap once typed arrays pass 64 MB.
  private school: Int32Array;
  private row: Int32Array;
  private year: NumberColumn;
  /** The index in {@link series}. */
  private seriesId: NumberColumn;
  // A missing number is NaN.
  private participants: NumberColumn;
  private mean: NumberColumn;
  private failShare: NumberColumn;
  private lowered: NumberColumn;
  private confirmed: NumberColumn;
  private raised: NumberColumn;
  private readonly series: Series[] = [];
  private readonly seriesIds = new Map<string, Map<string, Map<number, number>>>();
  private readonly index: SchoolIndex;
  private readonly sources = new Map<number, FisokoSources>();

  constructor(capacity = INITIAL_CAPACITY) {
    const n = Math.max(capacity, 1);
    this.school = new Int32Array(n);
    this.row = new Int32Array(n);
    this.year = filledColumn(n, 0);
    this.seriesId = filledColumn(n, 0);
    this.participants = filledColumn(n, NaN);
    this.mean = filledColumn(n, NaN);
    this.failShare = filledColumn(n, NaN);
    this.lowered = filledColumn(n, NaN);
    this.confirmed = filledColumn(n, NaN);
    this.raised = filledColumn(n, NaN);
    this.index = new SchoolIndex(n);
  }

  /** The id of a series, made on first use. */
  seriesOf(procedure: string, subject: string, grade: number | null): number {
    const byGrade = childMap(childMap(this.seriesIds, procedure), subject);
    let id = byGrade.get(grade ?? -1);
    if (id === undefined) {
      id = this.series.length;
      byGrade.set(grade ?? -1, id);
      this.series.push({ procedure, subject, grade });
    }
    return id;
  }

  /** The index of a school's row of a series and year, or -1. */
  indexOf(school: number, seriesId: number, year: number): number {
    // Other years have no rows, and their key would fall on another series' key.
    if (!Number.isInteger(year) || year < 0 || year >= YEARS) return -1;
    const key = seriesId * YEARS + year;
    return key < SERIES_YEARS ? this.index.get(school, key) : -1;
  }

  /** The index of a school's row of a procedure, subject, grade and year, or -1. */
  find(
    school: number,
    procedure: string,
    subject: string,
    grade: number | null,
    year: number,
  ): number {
    const seriesId = this.seriesIds
      .get(procedure)
      ?.get(subject)
      ?.get(grade ?? -1);
    return seriesId === undefined ? -1 : this.indexOf(school, seriesId, year);
  }

  /**
   * Adds a row whose numbers are all missing; the caller fills them in.
   *
   * @returns Its index, or the negated (index + 1) of the earlier row of the same school,
   *   series and year, which is a duplicate and not added.
   */
  add(school: number, excelRow: number, year: number, seriesId: number): number {
    if (this.length === this.school.length) this.grow();
    const i = this.length;
    // A year outside the index (never one parseYear gives) keeps its row, unindexed.
    const key = seriesId * YEARS + year;
    if (Number.isInteger(year) && year >= 0 && year < YEARS && key < SERIES_YEARS) {
      const earlier = this.index.add(school, key, i);
      if (earlier >= 0) return -(earlier + 1);
    }
    this.length++;
    this.school[i] = school;
    this.row[i] = excelRow;
    this.year[i] = year;
    this.seriesId[i] = seriesId;
    this.participants[i] = NaN;
    this.mean[i] = NaN;
    this.failShare[i] = NaN;
    this.lowered[i] = NaN;
    this.confirmed[i] = NaN;
    this.raised[i] = NaN;
    return i;
  }

  /** Sets a number of the row at an index. */
  set(i: number, field: ResultField, value: number): void {
    this.columnOf(field)[i] = value;
  }

  /** Adds a row converted from a ФИС ОКО export, with the cells its values came from. */
  addConverted(row: ResultRow, sources: FisokoSources | undefined): void {
    const seriesId = this.seriesOf(row.procedure, row.subject, row.grade);
    const i = this.add(row.school, row.row, row.year, seriesId);
    if (i < 0) return; // the export reader has already reported the duplicate
    this.participants[i] = row.participants ?? NaN;
    this.mean[i] = row.mean ?? NaN;
    this.failShare[i] = row.failShare ?? NaN;
    this.lowered[i] = row.lowered ?? NaN;
    this.confirmed[i] = row.confirmed ?? NaN;
    this.raised[i] = row.raised ?? NaN;
    if (sources !== undefined) this.sources.set(i, sources);
  }

  /**
   * The column a reader fills in place, one value per row, while it reads the sheet; the table
   * must have room for every row first, as growing replaces the columns.
   */
  columnToFill(field: ResultField): NumberColumn {
    return this.columnOf(field);
  }

  /** A number of the row at an index, or null when it is missing. */
  value(field: ResultField, i: number): number | null {
    const value = this.columnOf(field)[i];
    return value === value ? value : null; // NaN is missing
  }

  /** The school index of the row at an index. */
  schoolAt(i: number): number {
    return this.school[i];
  }

  /** The Excel row (1-based) the row at an index came from, on its own sheet. */
  excelRowAt(i: number): number {
    return this.row[i];
  }

  /** The year of the row at an index. */
  yearAt(i: number): number {
    return this.year[i];
  }

  /** The procedure, subject and grade of the row at an index. */
  seriesAt(i: number): Series {
    return this.series[this.seriesId[i]];
  }

  /** The latest year of the rows of the series a test takes (of all rows without one), or null. */
  latestYear(series?: (series: Series) => boolean): number | null {
    const taken = series === undefined ? null : this.series.map(series);
    let latest: number | null = null;
    for (let i = 0; i < this.length; i++) {
      if (taken !== null && !taken[this.seriesId[i]]) continue;
      if (latest === null || this.year[i] > latest) latest = this.year[i];
    }
    return latest;
  }

  /** The indexes of the rows a filter takes, in table order. */
  where(filter: RowFilter): number[] {
    const key = this.cellKeys(filter);
    // A plain array grown by push: one pass over a country's rows, and no typed array of
    // millions of indexes, which would make V8 collect the whole heap.
    const rows: number[] = [];
    for (let i = 0; i < this.length; i++) if (key(i) >= 0) rows.push(i);
    return rows;
  }

  /** The rows a filter takes, grouped into cells of one series and year. */
  cells(filter: RowFilter): GroupedRows {
    const key = this.cellKeys(filter);
    // Each cell is numbered in the order of its first row, found by its key in a table of
    // series × years; then the rows of all cells side by side in one array, no array per cell.
    const cellOfKey = new Int32Array(this.series.length * (filter.lastYear - filter.firstYear + 1));
    cellOfKey.fill(-1);
    const sizes: number[] = [];
    for (let i = 0; i < this.length; i++) {
      const k = key(i);
      if (k < 0) continue;
      if (cellOfKey[k] < 0) {
        cellOfKey[k] = sizes.length;
        sizes.push(0);
      }
      sizes[cellOfKey[k]]++;
    }
    const starts = new Int32Array(sizes.length + 1);
    for (let c = 0; c < sizes.length; c++) starts[c + 1] = starts[c] + sizes[c];
    const filled = starts.slice(0, sizes.length);
    const rows = filledColumn(starts[sizes.length], 0);
    for (let i = 0; i < this.length; i++) {
      const k = key(i);
      if (k >= 0) rows[filled[cellOfKey[k]]++] = i;
    }
    return { count: sizes.length, starts, rows };
  }

  /** The values of a field in a cell, in the cell's order; a cell's rows have it (`present`). */
  cellValues(field: ResultField, cells: GroupedRows, c: number): number[] {
    const column = this.columnOf(field);
    const values = new Array<number>(cells.starts[c + 1] - cells.starts[c]);
    for (let k = 0; k < values.length; k++) values[k] = column[cells.rows[cells.starts[c] + k]];
    return values;
  }

  /** The row at an index as an object, missing numbers as null. */
  rowAt(i: number): ResultRow {
    const series = this.series[this.seriesId[i]];
    return {
      school: this.school[i],
      row: this.row[i],
      year: this.year[i],
      procedure: series.procedure,
      subject: series.subject,
      grade: series.grade,
      participants: orNull(this.participants[i]),
      mean: orNull(this.mean[i]),
      failShare: orNull(this.failShare[i]),
      lowered: orNull(this.lowered[i]),
      confirmed: orNull(this.confirmed[i]),
      raised: orNull(this.raised[i]),
      sources: this.sources.get(i),
    };
  }

  *[Symbol.iterator](): Iterator<ResultRow> {
    for (let i = 0; i < this.length; i++) yield this.rowAt(i);
  }

  /**
   * The key of each row's cell under a filter (series × years + year), or -1 when the filter
   * does not take the row. Asked again rather than kept: a country has millions of rows.
   */
  private cellKeys(filter: RowFilter): (i: number) => number {
    const { firstYear, lastYear, present, minParticipants } = filter;
    const span = lastYear - firstYear + 1;
    const taken = this.series.map(filter.series);
    const { year, seriesId, participants } = this;
    const values = present === undefined ? null : this.columnOf(present);
    const fewest = minParticipants ?? -Infinity;
    const counted = minParticipants !== undefined;
    return (i) => {
      const y = year[i] - firstYear;
      if (y < 0 || y >= span || !taken[seriesId[i]]) return -1;
      // NaN, a missing value or count, fails the comparisons.
      if (values !== null && !(values[i] === values[i])) return -1;
      if (counted && !(participants[i] >= fewest)) return -1;
      return seriesId[i] * span + y;
    };
  }

  // A switch rather than `this[field]`: a property looked up by a varying name is slow in the
  // loops over every row.
  private columnOf(field: ResultField): NumberColumn {
    switch (field) {
      case "participants":
        return this.participants;
      case "mean":
        return this.mean;
      case "failShare":
        return this.failShare;
      case "lowered":
        return this.lowered;
      case "confirmed":
        return this.confirmed;
      case "raised":
        return this.raised;
    }
  }

  private grow(): void {
    const n = this.school.length * 2;
    this.school = widenedInts(this.school, n);
    this.row = widenedInts(this.row, n);
    this.year = widenedColumn(this.year, n, 0);
    this.seriesId = widenedColumn(this.seriesId, n, 0);
    this.participants = widenedColumn(this.participants, n, NaN);
    this.mean = widenedColumn(this.mean, n, NaN);
    this.failShare = widenedColumn(this.failShare, n, NaN);
    this.lowered = widenedColumn(this.lowered, n, NaN);
    this.confirmed = widenedColumn(this.confirmed, n, NaN);
    this.raised = widenedColumn(this.raised, n, NaN);
  }
}

function widenedInts(column: Int32Array, length: number): Int32Array {
  const wider = new Int32Array(length);
  wider.set(column);
  return wider;
}

/** A column value as the rules read it: NaN is missing. */
function orNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}
