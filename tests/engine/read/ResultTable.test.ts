import { ResultTable, type ResultRow } from "../../../src/engine/read/ResultTable";

const OGE = { procedure: "ОГЭ", subject: "математика", grade: null };

describe("ResultTable", () => {
  it("gives a row back as an object, missing numbers as null", () => {
    const table = new ResultTable(1);
    const i = table.add(3, 17, 2022, table.seriesOf(OGE.procedure, OGE.subject, OGE.grade));
    table.set(i, "participants", 25);
    table.set(i, "failShare", 0.08);
    expect(table.rowAt(i)).toEqual({
      school: 3,
      row: 17,
      year: 2022,
      ...OGE,
      participants: 25,
      mean: null,
      failShare: 0.08,
      lowered: null,
      confirmed: null,
      raised: null,
      sources: undefined,
    });
  });

  it("refuses a second row of the same school, series and year, naming the first", () => {
    const table = new ResultTable();
    const series = table.seriesOf("ВПР", "русский язык", 5);
    expect(table.add(0, 2, 2022, series)).toBe(0);
    expect(table.add(0, 9, 2022, series)).toBe(-1); // −(0 + 1): the row at index 0
    expect(table.add(0, 9, 2021, series)).toBe(1);
    expect(table.add(1, 9, 2022, series)).toBe(2);
    expect(table.add(0, 9, 2022, table.seriesOf("ВПР", "русский язык", 6))).toBe(3);
    expect(table.length).toBe(4);
  });

  it("finds the index of a school's row by procedure, subject, grade and year, and nothing for other years", () => {
    const table = new ResultTable();
    table.add(0, 5, 2022, table.seriesOf("ОГЭ", "математика", null));
    table.add(0, 6, 2021, table.seriesOf("ОГЭ", "русский язык", null));
    expect(table.rowAt(table.find(0, "ОГЭ", "математика", null, 2022)).row).toBe(5);
    expect(table.rowAt(table.find(0, "ОГЭ", "русский язык", null, 2021)).row).toBe(6);
    expect(table.find(0, "ОГЭ", "математика", null, 2021)).toBe(-1);
    expect(table.find(1, "ОГЭ", "математика", null, 2022)).toBe(-1);
    expect(table.find(0, "ЕГЭ", "математика", null, 2022)).toBe(-1);
    // A year outside four digits would fall on another series' key.
    expect(table.find(0, "ОГЭ", "математика", null, 12_022)).toBe(-1);
    expect(table.find(0, "ОГЭ", "математика", null, 2022.5)).toBe(-1);
  });

  it("grows from a few rows to a country's, its columns turning from typed to plain arrays", () => {
    const table = new ResultTable(2);
    const series = table.seriesOf("ВПР", "математика", 5);
    const rows = 2 ** 18 + 5;
    for (let r = 0; r < rows; r++) {
      const i = table.add(r % 1_000, r + 2, 1990 + Math.floor(r / 1_000), series);
      table.set(i, "lowered", (r % 7) / 10);
    }
    expect(table.length).toBe(rows);
    expect(Array.isArray(table["lowered"])).toBe(true);
    const last = table.rowAt(rows - 1);
    expect([last.school, last.row, last.year, last.lowered]).toEqual([
      (rows - 1) % 1_000,
      rows + 1,
      1990 + Math.floor((rows - 1) / 1_000),
      ((rows - 1) % 7) / 10,
    ]);
    expect(table.rowAt(rows - 1).mean).toBeNull();
    expect(table.indexOf(5, series, 1990)).toBe(5);
  });

  it("grows past its first capacity and keeps every value", () => {
    const table = new ResultTable(2);
    const series = table.seriesOf("ОГЭ", "математика", null);
    for (let s = 0; s < 100; s++) {
      // Added first: growing replaces the column arrays.
      const i = table.add(s, s + 2, 2022, series);
      table.set(i, "mean", s / 4);
    }
    expect(table.length).toBe(100);
    expect([...table].map((r) => r.mean)).toEqual(Array.from({ length: 100 }, (_, s) => s / 4));
    expect(table.rowAt(table.find(99, "ОГЭ", "математика", null, 2022)).row).toBe(101);
  });

  it("keeps the cells a converted export row came from", () => {
    const table = new ResultTable();
    const row: ResultRow = {
      school: 1,
      row: 12,
      year: 2022,
      procedure: "ВПР",
      subject: "математика",
      grade: 4,
      participants: 20,
      mean: 3.9,
      failShare: null,
      lowered: 0.1,
      confirmed: 0.8,
      raised: 0.1,
    };
    table.addConverted(row, { raised: "ВПР 4 МА!K12" });
    expect(table.rowAt(0)).toEqual({ ...row, sources: { raised: "ВПР 4 МА!K12" } });
  });
});

describe("ResultTable's index", () => {
  it("finds every row of a country-sized set of schools, series and years, and no other", () => {
    const table = new ResultTable(16);
    const series = ["математика", "русский язык", "история"].map((s) =>
      table.seriesOf("ОГЭ", s, null),
    );
    for (let school = 0; school < 5_000; school += 7)
      for (const s of series)
        for (let year = 2020; year <= 2022; year++) {
          const i = table.add(school, school + 2, year, s);
          expect(table.indexOf(school, s, year)).toBe(i);
        }
    for (let school = 0; school < 5_000; school += 7) {
      expect(table.indexOf(school, series[2], 2022)).toBeGreaterThanOrEqual(0);
      expect(table.indexOf(school + 1, series[0], 2022)).toBe(-1);
      expect(table.indexOf(school, series[0], 2019)).toBe(-1);
    }
  });

  it("keeps a row whose year is outside the index, without finding it", () => {
    const table = new ResultTable();
    const series = table.seriesOf("ОГЭ", "математика", null);
    expect(table.add(0, 2, 5_000, series)).toBe(0);
    expect(table.add(0, 3, 5_000, series)).toBe(1);
    expect(table.indexOf(0, series, 5_000)).toBe(-1);
    expect(table.length).toBe(2);
  });
});

describe("ResultTable's queries", () => {
  /*
   * Five ВПР mathematics grade 5 rows and one ОГЭ row: school 0 of 2021 and 2022, schools 1–3
   * of 2022 (school 2 with 4 participants, school 3 without a mean), and ОГЭ of school 0 in 2020.
   */
  const table = new ResultTable();
  const vpr = table.seriesOf("ВПР", "математика", 5);
  const oge = table.seriesOf("ОГЭ", "математика", null);
  const rows: [number, number, number, number, number | null][] = [
    [0, 2021, vpr, 20, 3.1],
    [0, 2022, vpr, 20, 3.4],
    [1, 2022, vpr, 25, 3.9],
    [2, 2022, vpr, 4, 4.5],
    [3, 2022, vpr, 30, null],
    [0, 2020, oge, 18, 3.7],
  ];
  rows.forEach(([school, year, series, participants, mean], k) => {
    const i = table.add(school, k + 2, year, series);
    table.set(i, "participants", participants);
    if (mean !== null) table.set(i, "mean", mean);
  });
  const isVpr = (s: { procedure: string }) => s.procedure === "ВПР";

  it("gives a value, or null where it is missing", () => {
    expect([table.value("mean", 2), table.value("mean", 4), table.value("raised", 2)]).toEqual([
      3.9,
      null,
      null,
    ]);
    expect([table.schoolAt(2), table.excelRowAt(2), table.yearAt(2)]).toEqual([1, 4, 2022]);
    expect(table.seriesAt(5)).toEqual({ procedure: "ОГЭ", subject: "математика", grade: null });
  });

  it("takes the rows of a filter in table order: series, years, a field present, participants", () => {
    const all2022 = { series: isVpr, firstYear: 2022, lastYear: 2022 };
    expect([...table.where(all2022)]).toEqual([1, 2, 3, 4]);
    expect([...table.where({ ...all2022, present: "mean" })]).toEqual([1, 2, 3]);
    expect([...table.where({ ...all2022, present: "mean", minParticipants: 5 })]).toEqual([1, 2]);
    expect([...table.where({ ...all2022, firstYear: 2023, lastYear: 2023 })]).toEqual([]);
  });

  it("groups the rows into cells of a series and a year, in the order of their first row", () => {
    const cells = table.cells({ series: () => true, firstYear: 2020, lastYear: 2022 });
    expect(cells.count).toBe(3);
    const rowsOf = (c: number) => [...cells.rows].slice(cells.starts[c], cells.starts[c + 1]);
    expect([rowsOf(0), rowsOf(1), rowsOf(2)]).toEqual([[0], [1, 2, 3, 4], [5]]);
    const withMeans = table.cells({
      series: isVpr,
      firstYear: 2022,
      lastYear: 2022,
      present: "mean",
    });
    expect(table.cellValues("mean", withMeans, 0)).toEqual([3.4, 3.9, 4.5]);
  });

  it("finds the latest year of all rows or of some series, and none in an empty table", () => {
    expect(table.latestYear()).toBe(2022);
    expect(table.latestYear((s) => s.procedure === "ОГЭ")).toBe(2020);
    expect(table.latestYear((s) => s.procedure === "ЕГЭ")).toBeNull();
    expect(new ResultTable().latestYear()).toBeNull();
  });
});
