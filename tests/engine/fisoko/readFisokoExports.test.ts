import { rowsOf } from "../../helpers/workbook";
import type { SheetInput } from "../../../src/engine";
import type { ResultRow } from "../../../src/engine/read/ResultTable";
import type { SchoolRecord } from "../../../src/engine/read/SchoolRecord";
import {
  districtSchools,
  exportSheets,
  problemCells,
  readExports,
  useFisokoFixtures,
  type ExportsRead,
} from "../../helpers/fisoko";

const fixtures = useFisokoFixtures();

const RU4 = "Статистика по отметкам РУ 4.xlsx › РУ 4 Статистика по отметкам";
const RU4_JOURNAL = "Сравнение отметок РУ 4.xlsx › РУ 4 Сравнение отметок с отметк";
const MA4 = "ВПР 2026 МА 4.xlsx › МА 4 Статистика по отметкам";
const MA4_JOURNAL = "ВПР 2026 МА 4.xlsx › МА 4 Сравнение отметок с отметк";
const LIST = "Список ОО с признаками необъективности 2025.xlsx › Список";

/** ОО indexes of the schools the small exports use. */
const SOSH1 = 0;
const GYMNASIUM = 1;
const SOSH13 = 12;

let schools: SchoolRecord[];
let sheets: SheetInput[];
let read: ExportsRead;

beforeAll(async () => {
  schools = await districtSchools(fixtures().district);
  sheets = await exportSheets(fixtures().exports);
  read = readExports(sheets, schools);
});

function rowOf(outcome: ExportsRead, school: number, subject: string): ResultRow {
  const row = outcome.rows.find((r) => r.school === school && r.subject === subject);
  if (!row) throw new Error(`no row of school ${school} in ${subject}`);
  return row;
}

describe("readFisokoExports turns the exports into Результаты rows of ВПР", () => {
  // mean = Σ mark × share: 2 × 2,5 % + 3 × 22,5 % + 4 × 50 % + 5 × 25 % = 3,975, and so on.
  it.each<[string, number, string, number, number, number, number, number, number]>([
    ["the gymnasium, Russian", GYMNASIUM, "русский язык", 80, 3.975, 0.025, 0.1, 0.75, 0.15],
    [
      "СОШ №1, Russian (text with commas)",
      SOSH1,
      "русский язык",
      96,
      3.5625,
      0.125,
      0.125,
      0.8125,
      0.0625,
    ],
    ["СОШ №13, Russian", SOSH13, "русский язык", 21, 3.8572, 0.0476, 0.0476, 0.8571, 0.0952],
    ["the gymnasium, mathematics", GYMNASIUM, "математика", 80, 4.1375, 0.0125, 0.05, 0.7, 0.25],
    ["СОШ №1, mathematics", SOSH1, "математика", 96, 3.6354, 0.0625, 0.0833, 0.8333, 0.0833],
  ])(
    "%s: participants, mean mark, share of «2», lowered, confirmed, raised",
    (_, school, subject, n, mean, fail, lowered, confirmed, raised) => {
      const row = rowOf(read, school, subject);
      expect(row).toMatchObject({ procedure: "ВПР", grade: 4, year: 2026, participants: n });
      expect(row.mean).toBeCloseTo(mean, 9);
      expect(row.failShare).toBeCloseTo(fail, 9);
      expect(row.lowered).toBeCloseTo(lowered, 9);
      expect(row.confirmed).toBeCloseTo(confirmed, 9);
      expect(row.raised).toBeCloseTo(raised, 9);
    },
  );

  it("gives one row per school, subject, grade and year, merging the two reports: five rows", () => {
    expect(read.rows).toHaveLength(5);
  });

  it("points every value at the export's own cells, the row at the statistics' row", () => {
    const row = rowOf(read, GYMNASIUM, "русский язык");
    expect(row.row).toBe(11);
    expect(read.sources.get(row)).toEqual({
      school: `${RU4}!A11`,
      participants: `${RU4}!C11`,
      mean: `${RU4}!D11:G11`,
      failShare: `${RU4}!D11`,
      lowered: `${RU4_JOURNAL}!C7`,
      confirmed: `${RU4_JOURNAL}!E7`,
      raised: `${RU4_JOURNAL}!G7`,
    });
  });

  it("finds the gymnasium by its login edu260101 although the export calls it «Гимназия им. А.С. Пушкина»", () => {
    expect(schools[GYMNASIUM]).toMatchObject({
      name: "МБОУ «Гимназия №2» ИГОСК",
      login: "edu260101",
    });
    expect(rowOf(read, GYMNASIUM, "русский язык").participants).toBe(80);
  });

  it("without the login in ОО, that name finds no school: a warning at its cell, not a silent drop", () => {
    const noLogins = schools.map((s) => ({ ...s, login: null }));
    const outcome = readExports(sheets, noLogins);
    expect(outcome.rows.some((r) => r.school === GYMNASIUM)).toBe(false);
    expect(problemCells(outcome.problems)).toContain(`warning ${RU4}!A11 fisokoSchoolNotFound`);
  });

  it("finds «СОШ № 13» by its name: ОО has no login for it", () => {
    expect(schools[SOSH13].login).toBeNull();
    expect(rowOf(read, SOSH13, "русский язык").participants).toBe(21);
  });

  it("warns once, at the municipality's row, when none of a neighbouring municipality's schools is in ОО", () => {
    expect(problemCells(read.problems)).toEqual([
      `warning ${LIST}!C5 fisokoMunicipalityNotFound`,
      `warning ${RU4_JOURNAL}!A10 fisokoMunicipalityNotFound`,
      `warning ${RU4}!A14 fisokoMunicipalityNotFound`,
    ]);
  });

  it("never matches a neighbour's «СОШ №3» to the district's СОШ №3 by name", () => {
    expect(read.rows.some((r) => r.school === 2)).toBe(false);
  });

  it("takes the year of a comparison without a title block from the other sheet of its file, and says so", () => {
    const info = read.problems.items.find((p) => p.code === "fisokoYearFromFile");
    expect(info).toMatchObject({ severity: "info", sheet: MA4_JOURNAL, cell: null });
    expect(rowOf(read, SOSH1, "математика").lowered).toBeCloseTo(0.0833, 9);
  });

  it("keeps the regional list per school, by year, with the marked columns and the cell", () => {
    expect(read.officialList.get(GYMNASIUM)).toEqual([
      { year: 2025, markers: ["4 РУ", "5 РУ"], source: `${LIST}!B3` },
    ]);
    // Its login edu260112 is not in ОО: the name finds it.
    expect(read.officialList.get(SOSH13)).toEqual([
      { year: 2025, markers: ["5 МА"], source: `${LIST}!B4` },
    ]);
    expect(read.officialList.size).toBe(2);
  });

  it("consumes the five export sheets and tells what it read from each", () => {
    expect([...read.consumedSheets].sort()).toEqual(
      [LIST, MA4, MA4_JOURNAL, RU4, RU4_JOURNAL].sort(),
    );
    expect(read.sheets.find((s) => s.sheet === MA4_JOURNAL)).toEqual({
      sheet: MA4_JOURNAL,
      layout: "journal",
      label: "Сравнение отметок с отметками по журналу",
      subject: "математика",
      grade: 4,
      year: 2026,
      schools: 2,
    });
  });
});

describe("readFisokoExports refuses a sheet it cannot place", () => {
  it("statistics with neither a title block nor a telling name: an error, and no row", () => {
    const ru4 = sheets.find((s) => s.name === RU4)!;
    const bare = { name: "Лист1", rows: rowsOf(ru4).slice(6) };
    const outcome = readExports([bare], schools);
    expect(outcome.rows).toEqual([]);
    expect(problemCells(outcome.problems)).toEqual(["error Лист1!— fisokoUnknown"]);
    expect(outcome.problems.items[0].message).toContain("предмет, класс, год");
  });

  it("a regional list with no year anywhere: an error, and no entry", () => {
    const rows = [
      ["Логин", "ОО", "4 РУ"],
      ["edu260101", "Гимназия", 1],
    ];
    const outcome = readExports([{ name: "Список", rows }], schools);
    expect(outcome.officialList.size).toBe(0);
    expect(problemCells(outcome.problems)).toEqual(["error Список!— fisokoUnknown"]);
  });
});

describe("readFisokoExports refuses duplicates (DECISIONS A-23)", () => {
  it("rows of two files for the same school, subject, grade and year: errors on the second file's rows", () => {
    const ru4 = sheets.find((s) => s.name === RU4)!;
    const copies = ["a.xlsx › РУ 4", "b.xlsx › РУ 4"].map((name) => ({ name, rows: ru4.rows }));
    const outcome = readExports(copies, schools);
    expect(outcome.rows).toHaveLength(3);
    expect(problemCells(outcome.problems).filter((p) => p.includes("duplicate"))).toEqual([
      "error b.xlsx › РУ 4!A11 duplicateResult",
      "error b.xlsx › РУ 4!A12 duplicateResult",
      "error b.xlsx › РУ 4!A13 duplicateResult",
    ]);
  });

  it("a row already typed in Результаты: an error at the export's rows, which are left out", () => {
    const typed: ResultRow = {
      school: GYMNASIUM,
      row: 5,
      year: 2026,
      procedure: "ВПР",
      subject: "русский язык",
      grade: 4,
      participants: 80,
      mean: 3.9,
      failShare: null,
      lowered: null,
      confirmed: null,
      raised: null,
    };
    const outcome = readExports(sheets, schools, [typed]);
    expect(outcome.rows.some((r) => r.school === GYMNASIUM && r.subject === "русский язык")).toBe(
      false,
    );
    const duplicates = outcome.problems.items.filter((p) => p.code === "duplicateResult");
    expect(duplicates.map((p) => `${p.sheet}!${p.cell}`)).toEqual([
      `${RU4_JOURNAL}!A7`,
      `${RU4}!A11`,
    ]);
    expect(duplicates[0].message).toContain("«Результаты», строка 5");
  });
});

describe("readFisokoExports merges the two reports of a school", () => {
  it("participants that differ: a warning at the comparison's cell, and the statistics' number is used", () => {
    const changed = sheets.map((s) =>
      s.name !== RU4_JOURNAL
        ? s
        : {
            name: s.name,
            rows: rowsOf(s).map((r, i) => (i === 6 ? [r![0], 81, ...r!.slice(2)] : r)),
          },
    );
    const outcome = readExports(changed, schools);
    expect(problemCells(outcome.problems)).toContain(
      `warning ${RU4_JOURNAL}!B7 fisokoParticipantsDiffer`,
    );
    expect(rowOf(outcome, GYMNASIUM, "русский язык").participants).toBe(80);
  });

  it("a comparison alone gives a row with the shares and no mean", () => {
    const outcome = readExports(
      sheets.filter((s) => s.name === RU4_JOURNAL),
      schools,
    );
    const row = rowOf(outcome, SOSH1, "русский язык");
    expect(row).toMatchObject({ row: 8, participants: 96, mean: null, failShare: null });
    expect(row.confirmed).toBeCloseTo(0.8125, 9);
    expect(outcome.sources.get(row)?.school).toBe(`${RU4_JOURNAL}!A8`);
  });
});

describe("bad exports: each defect is a problem at its cell, and the rest is still read", () => {
  let bad: ExportsRead;
  beforeAll(async () => {
    bad = readExports(await exportSheets(fixtures().bad), schools);
  });

  it("records exactly one problem per defect", () => {
    expect(problemCells(bad.problems)).toEqual([
      "error bad.xlsx › РУ 4 Статистика по отметкам!A7 fisokoMissingColumn",
      "error bad.xlsx › МА 4 Статистика по отметкам!D10 fisokoShareSum",
      "error bad.xlsx › ОМ 4 Статистика по отметкам!A9 fisokoSchoolBeforeMunicipality",
      "warning bad.xlsx › РУ 5 Статистика по отметкам!A10 fisokoSchoolNotFound",
    ]);
  });

  it("names the missing column and the unknown login in the messages", () => {
    const messages = bad.problems.items.map((p) => p.message).join("\n");
    expect(messages).toContain("нет столбца «5»");
    expect(messages).toContain("дают в сумме 97 %");
    expect(messages).toContain("логин edu269999");
  });

  it.each<[string, string, number, number | null, number | null]>([
    [
      "without «5»: participants and the share of «2», no mean",
      "русский язык|4",
      GYMNASIUM,
      null,
      0.025,
    ],
    [
      "percentages adding up to 97: the row, without its mean",
      "математика|4",
      GYMNASIUM,
      null,
      null,
    ],
    ["the other school of that sheet, whole", "математика|4", SOSH1, 3.6354, 0.0625],
    ["below the misplaced row", "окружающий мир|4", GYMNASIUM, 3.975, 0.025],
    ["beside the unknown login", "русский язык|5", GYMNASIUM, 3.975, 0.025],
  ])("reads %s", (_, series, school, mean, fail) => {
    const [subject, grade] = series.split("|");
    const row = bad.rows.find(
      (r) => r.school === school && r.subject === subject && r.grade === Number(grade),
    );
    expect(row).toBeDefined();
    if (mean === null) expect(row!.mean).toBeNull();
    else expect(row!.mean).toBeCloseTo(mean, 9);
    if (fail === null) expect(row!.failShare).toBeNull();
    else expect(row!.failShare).toBeCloseTo(fail, 9);
  });

  it("leaves out only the misplaced row and the unknown school", () => {
    expect(bad.rows).toHaveLength(5);
  });
});

describe("readFisokoExports reads a regional list that repeats a row", () => {
  const withRows = (...rows: (readonly unknown[])[]): SheetInput => {
    const list = sheets.find((s) => s.name === LIST)!;
    return { name: LIST, rows: [...rowsOf(list), ...rows] as SheetInput["rows"] };
  };
  const withRow = (row: readonly unknown[]) => withRows(row);
  // The list's own third school is of another municipality: its warning is not of this test.
  const repeats = (outcome: ExportsRead) =>
    outcome.problems.items
      .filter((p) => p.code.startsWith("fisokoList"))
      .map((p) => `${p.severity} ${p.sheet}!${p.cell} ${p.code}`);
  const gymnasium = [
    "2025",
    "edu260101",
    "Изобильненский городской округ",
    "МБОУ «Гимназия им. А.С. Пушкина»",
  ];

  it("once, with a note, when the repeat is verbatim: the real lists repeat rows", () => {
    const outcome = readExports([withRow([...gymnasium, 1, null, 1, null, 2])], schools);
    expect(outcome.officialList.get(GYMNASIUM)).toEqual([
      { year: 2025, markers: ["4 РУ", "5 РУ"], source: `${LIST}!B3` },
    ]);
    expect(repeats(outcome)).toEqual([`info ${LIST}!B6 fisokoListRepeat`]);
    expect(outcome.problems.items.find((p) => p.code === "fisokoListRepeat")!.message).toBe(
      "Строк, дословно повторяющих другие строки региональных списков (та же школа, год и маркеры): 1; каждая учтена один раз: B6 — как строка 3",
    );
  });

  it("with one note for the whole list however many rows repeat", () => {
    const outcome = readExports(
      [withRows([...gymnasium, 1, null, 1, null, 2], [...gymnasium, 1, null, 1, null, 2])],
      schools,
    );
    expect(repeats(outcome)).toEqual([`info ${LIST}!B6 fisokoListRepeat`]);
    expect(outcome.problems.items.find((p) => p.code === "fisokoListRepeat")!.message).toMatch(
      /: 2; каждая учтена один раз: B6 — как строка 3, B7 — как строка 3$/,
    );
  });

  it("with an error when the repeat marks other procedures: the first row stands", () => {
    const outcome = readExports([withRow([...gymnasium, null, 1, null, null, 1])], schools);
    expect(outcome.officialList.get(GYMNASIUM)).toEqual([
      { year: 2025, markers: ["4 РУ", "5 РУ"], source: `${LIST}!B3` },
    ]);
    expect(repeats(outcome)).toEqual([`error ${LIST}!B6 fisokoListDuplicate`]);
  });
});
