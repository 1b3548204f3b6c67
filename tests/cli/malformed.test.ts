import ExcelJS from "exceljs";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { CliError, EXIT, runReport } from "../../src/cli/runReport";
import { STATUS_LABELS, type Results, type Severity, type Status } from "../../src/engine";
import { FORMULA_NAMES, SCHOOLS, writeMalformed } from "../fixtures/malformed/make-malformed";
import { runCli } from "../helpers/runCli";
import { useTempDir } from "../helpers/tempDir";

/** The date of the seed-000 protocol; none of the fixtures has Параметры `asOf`. */
const AS_OF = "2022-03-31";

/** The sheets every report has, whatever else is added to it (SPEC 6.1). */
const REPORT_SHEETS = ["Статусы ОО", "КПК", "Проблемы данных"];

type SchoolKey = keyof typeof SCHOOLS;

/** A problem as the tests compare it: (severity, sheet, cell), messages are free text. */
type Triple = readonly [Severity, string, string | null];

const tripleOf = (p: { severity: string; sheet: string; cell: string | null }) =>
  `${p.severity} ${p.sheet}!${p.cell ?? "—"}`;
const tripleText = ([severity, sheet, cell]: Triple) => `${severity} ${sheet}!${cell ?? "—"}`;

/** КПК shares of the clean district: ОО counts, and 3 of 4 persons in Педагоги for НОШ №9. */
const CLEAN_KPK: Record<SchoolKey, number> = {
  sosh1: 36 / 57,
  gymnasium2: 43 / 55,
  sosh3: 30 / 48,
  oosh6: 8 / 14,
  nosh9: 3 / 4,
};

/**
 * Statuses of the clean district: ООШ №6 has the lowest composite and fail shares above the
 * district's; СОШ №3's means fall two years running; НОШ №9 has no ОГЭ results at all.
 */
const CLEAN_STATUS: Record<SchoolKey, Status> = {
  sosh1: "normal",
  gymnasium2: "normal",
  sosh3: "risk",
  oosh6: "shnor",
  nosh9: "insufficient",
};

/** A workbook the CLI must read (exit 0) in spite of its defect. */
interface ReadableCase {
  readonly file: string;
  readonly defect: string;
  /** Problems that must be present. */
  readonly problems: readonly Triple[];
  /** Problems that must not be present. */
  readonly absent?: readonly Triple[];
  /** How many schools the results list. */
  readonly schools: number;
  /** КПК shares that differ from the clean district (null = н/д); the rest must not move. */
  readonly kpk?: Partial<Record<SchoolKey, number | null>>;
  /** Statuses that differ from the clean district; the rest must not move. */
  readonly status?: Partial<Record<SchoolKey, Status>>;
  /** The pooled КПК total as [completed, staff], when the case is about what is summed. */
  readonly total?: readonly [number, number];
}

const READABLE: readonly ReadableCase[] = [
  {
    file: "clean.xlsx",
    defect: "no defect at all",
    problems: [],
    schools: 5,
    total: [120, 178],
  },
  {
    file: "text-count.xlsx",
    defect: "«двадцать» teachers",
    problems: [["error", "ОО", "E4"]],
    schools: 5,
    kpk: { sosh3: null },
  },
  {
    file: "negative-count.xlsx",
    defect: "−3 teachers and «−3» passed КПК",
    problems: [
      ["error", "ОО", "E5"],
      ["error", "ОО", "F2"],
    ],
    schools: 5,
    kpk: { sosh1: null, oosh6: null },
  },
  {
    file: "fractional-count-text.xlsx",
    defect: "«14,5» teachers beside «48,0»",
    problems: [["error", "ОО", "E5"]],
    // `14,0` is 14 (DECISIONS A-11): «48,0» is a whole number, and СОШ №3 keeps 30 of 48.
    absent: [
      ["error", "ОО", "E4"],
      ["warning", "ОО", "E4"],
    ],
    schools: 5,
    kpk: { oosh6: null },
  },
  {
    file: "fractional-count-number.xlsx",
    defect: "14.5 teachers as a number",
    problems: [["error", "ОО", "E5"]],
    schools: 5,
    kpk: { oosh6: null },
  },
  {
    file: "impossible-dates.xlsx",
    defect: "courses ending on 31.13.2022 and 30.02.2022",
    problems: [
      ["error", "Педагоги", "F3"],
      ["error", "Педагоги", "F4"],
      // Педагоги now count 1 of 4, ОО still says 3: Педагоги wins, with a warning.
      ["warning", "ОО", "F6"],
    ],
    schools: 5,
    kpk: { nosh9: 1 / 4 },
  },
  {
    file: "duplicate-schools.xlsx",
    defect: "Гимназия №2 pasted twice into ОО",
    problems: [["error", "ОО", "B7"]],
    // The later row (60 teachers, 10 passed) is left out, never summed.
    schools: 5,
    total: [120, 178],
  },
  {
    file: "duplicate-results.xlsx",
    defect: "an ОГЭ row of СОШ №3 pasted twice with another mean",
    problems: [["error", "Результаты", "A26"]],
    schools: 5,
  },
  {
    file: "formula-names.xlsx",
    defect: "schools named =HYPERLINK(…), +7 школа, @школа, -школа №5",
    problems: [],
    // Formula-looking text is a name like any other, not a problem.
    absent: ["B5", "B6", "B7", "B8"].flatMap((cell) =>
      (["error", "warning", "info"] as const).map((severity): Triple => [severity, "ОО", cell]),
    ),
    schools: 7,
    // Without ООШ №6, СОШ №3 has the lowest composite of the three schools with ОГЭ.
    status: { sosh3: "shnor" },
  },
  {
    file: "unmatched-school.xlsx",
    defect: "results of СОШ №31, which the district lacks, and of «МОУ № 3», which fits two",
    problems: [
      ["error", "Результаты", "A26"],
      // «МОУ № 3» fits both СОШ №3 and ООШ №3; either way the row is an error and left out.
      ["error", "Результаты", "A27"],
    ],
    schools: 6,
  },
  {
    file: "excel-errors.xlsx",
    defect: "#N/A in a count, «#ДЕЛ/0!» typed in a mean, #REF! as a name",
    problems: [
      ["warning", "ОО", "E2"],
      ["warning", "Результаты", "G14"],
      // An error in the name column is "no name": the row is skipped.
      ["error", "ОО", "B7"],
    ],
    schools: 5,
    kpk: { sosh1: null },
  },
  {
    file: "huge-values.xlsx",
    defect: "1e15 teachers and 1e308 passed КПК",
    // Both above any plausible count (issue 20): errors at their cells, the values left out.
    problems: [
      ["error", "ОО", "E4"],
      ["error", "ОО", "F3"],
    ],
    schools: 5,
    kpk: { sosh3: null, gymnasium2: null },
    // Гимназия №2 and СОШ №3 are н/д, so they enter neither sum.
    total: [36 + 8 + 3, 57 + 14 + 4],
  },
  {
    file: "missing-results-column.xlsx",
    defect: "Результаты without «Процедура»",
    problems: [["error", "Результаты", null]],
    schools: 5,
    // The sheet is ignored: no school has results, so none has enough data for a status.
    status: {
      sosh1: "insufficient",
      gymnasium2: "insufficient",
      sosh3: "insufficient",
      oosh6: "insufficient",
    },
  },
  {
    file: "title-line.xlsx",
    defect: "a title line above the headers of ОО and Результаты",
    problems: [],
    schools: 5,
    total: [120, 178],
  },
];

/** A workbook the CLI must refuse (exit 1), and a word its message must contain. */
const UNREADABLE: readonly [file: string, defect: string, mentions: RegExp][] = [
  ["empty-oo.xlsx", "an empty ОО sheet", /ОО/],
  ["no-name-column.xlsx", "ОО without a name column", /Наименование/],
  ["no-oo-sheet.xlsx", "no ОО sheet, only «Лист1»", /ОО/],
  ["not-xlsx.xlsx", "a text file named .xlsx", /xlsx|Excel/],
  ["truncated.xlsx", "a zip cut in half", /xlsx|Excel/],
  ["encrypted.xlsx", "an OLE file, as a password-protected workbook is", /xlsx|Excel|парол/],
  ["folder.xlsx", "a folder named .xlsx", /папк/],
];

/** One line, in Russian, with neither a stack trace nor an English `Error:`. */
function expectOneRussianLine(stderr: string): void {
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/[А-Яа-яЁё]{3}/);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/\bError\b/);
}

/** The rows of a report table by the name in column B: the layout of «Статусы ОО» and «КПК». */
function rowsByName(ws: ExcelJS.Worksheet): Map<string, ExcelJS.Row> {
  const rows = new Map<string, ExcelJS.Row>();
  ws.eachRow((row) => {
    const name = row.getCell(2).value;
    if (typeof name === "string") rows.set(name, row);
  });
  return rows;
}

/** Every cell of every sheet of a workbook. */
function allCells(workbook: ExcelJS.Workbook): { sheet: string; cell: ExcelJS.Cell }[] {
  const cells: { sheet: string; cell: ExcelJS.Cell }[] = [];
  for (const ws of workbook.worksheets) {
    ws.eachRow((row) => row.eachCell((cell) => cells.push({ sheet: ws.name, cell })));
  }
  return cells;
}

const schoolKeys = Object.keys(SCHOOLS) as SchoolKey[];

const tempDir = useTempDir("malformed");
let paths: Record<string, string>;

beforeAll(async () => {
  paths = await writeMalformed(join(tempDir(), "in"));
});

it("writes at least 15 malformed workbooks, each under its own name", () => {
  expect(Object.keys(paths).length).toBeGreaterThanOrEqual(15);
  for (const c of READABLE) expect(paths[c.file]).toBeDefined();
  for (const [file] of UNREADABLE) expect(paths[file]).toBeDefined();
});

describe.each(READABLE)("$file ($defect) still gives a report", (c) => {
  let code: number;
  let results: Results;
  let report: ExcelJS.Workbook;

  beforeAll(async () => {
    const out = join(tempDir(), "out", c.file);
    const json = join(tempDir(), "out", `${c.file}.json`);
    code = await runReport({ input: paths[c.file], out, json, asOf: AS_OF, quiet: true });
    results = JSON.parse(readFileSync(json, "utf8"));
    report = new ExcelJS.Workbook();
    await report.xlsx.readFile(out);
  });

  /** The clean-district schools still in the results, with their result. */
  const present = () =>
    schoolKeys.flatMap((key) => {
      const school = results.schools.find((s) => s.name === SCHOOLS[key]);
      return school ? [{ key, school }] : [];
    });

  it("exits with 0", () => {
    expect(code).toBe(EXIT.ok);
  });

  it("records the expected problems as (severity, sheet, cell)", () => {
    const found = results.problems.map(tripleOf);
    expect(found).toEqual(expect.arrayContaining(c.problems.map(tripleText)));
    for (const triple of c.absent ?? []) expect(found).not.toContain(tripleText(triple));
  });

  it(`lists ${c.schools} schools`, () => {
    expect(results.schools).toHaveLength(c.schools);
  });

  it("keeps the КПК share of every school the defect does not touch", () => {
    for (const { key, school } of present()) {
      const expected = c.kpk && key in c.kpk ? c.kpk[key] : CLEAN_KPK[key];
      if (expected === null || expected === undefined) expect(school.kpk.share).toBeNull();
      else expect(school.kpk.share).toBeCloseTo(expected, 12);
    }
  });

  it("keeps the status of every school the defect does not touch", () => {
    for (const { key, school } of present()) {
      expect([key, school.status]).toEqual([key, c.status?.[key] ?? CLEAN_STATUS[key]]);
    }
  });

  if (c.total) {
    const [completed, total] = c.total;
    it(`pools the district: ${completed} of ${total}`, () => {
      expect(results.totals.kpk.completed).toBe(completed);
      expect(results.totals.kpk.total).toBe(total);
    });
  }

  it("writes a report that reopens with its sheets", () => {
    expect(report.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining(REPORT_SHEETS));
  });

  it("shows every school on «КПК» with its share, and on «Статусы ОО» with its status", () => {
    const kpkRows = rowsByName(report.getWorksheet("КПК")!);
    const statusRows = rowsByName(report.getWorksheet("Статусы ОО")!);
    for (const school of results.schools) {
      const share = kpkRows.get(school.name)?.getCell(5).value ?? null;
      expect([school.name, share]).toEqual([school.name, school.kpk.share]);
      const status = statusRows.get(school.name)?.getCell(3).value;
      expect(String(status)).toContain(STATUS_LABELS[school.status]);
    }
  });

  it("never writes user text as a formula", () => {
    const formulas = allCells(report).filter(({ cell }) => cell.type === ExcelJS.ValueType.Formula);
    expect(formulas.map(({ sheet, cell }) => `${sheet}!${cell.address}`)).toEqual([]);
  });
});

describe("the clean district is the control of the suite", () => {
  it("has no errors, and no problem in any cell: only notes on regional references", async () => {
    const json = join(tempDir(), "clean-control.json");
    await runReport({
      input: paths["clean.xlsx"],
      out: join(tempDir(), "clean-control.xlsx"),
      json,
      asOf: AS_OF,
      quiet: true,
    });
    const results: Results = JSON.parse(readFileSync(json, "utf8"));
    expect(results.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(results.problems.filter((p) => p.cell !== null)).toEqual([]);
  });
});

describe("a title line above the headers (DECISIONS A-02)", () => {
  it("reads ОО from its header in row 3: the schools are rows 4–8", async () => {
    const json = join(tempDir(), "title-rows.json");
    await runReport({
      input: paths["title-line.xlsx"],
      out: join(tempDir(), "title-rows.xlsx"),
      json,
      asOf: AS_OF,
      quiet: true,
    });
    const results: Results = JSON.parse(readFileSync(json, "utf8"));
    expect(results.schools.map((s) => s.row)).toEqual([4, 5, 6, 7, 8]);
  });
});

describe.each(UNREADABLE)("%s (%s) cannot be read", (file, _defect, mentions) => {
  let out: string;
  let json: string;
  let run: ReturnType<typeof runCli>;

  beforeAll(() => {
    out = join(tempDir(), "refused", `${file}.report.xlsx`);
    json = join(tempDir(), "refused", `${file}.json`);
    run = runCli([paths[file], "--out", out, "--json", json, "--as-of", AS_OF]);
  });

  it("exits with 1", () => {
    expect(run.code).toBe(EXIT.unreadable);
  });

  it("says why in one Russian line on stderr, without a stack trace", () => {
    expectOneRussianLine(run.stderr);
    expect(run.stderr).toMatch(mentions);
    expect(run.stdout).toBe("");
  });

  it("writes neither a report nor a JSON", () => {
    expect(existsSync(out)).toBe(false);
    expect(existsSync(json)).toBe(false);
  });

  it("is refused by runReport too, with a CliError of code 1", async () => {
    const refusal = runReport({ input: paths[file], out, asOf: AS_OF, quiet: true });
    await expect(refusal).rejects.toBeInstanceOf(CliError);
    await expect(refusal).rejects.toMatchObject({ exitCode: EXIT.unreadable });
  });
});

describe("ОО with headers only, through the CLI (DECISIONS A-07)", () => {
  let run: ReturnType<typeof runCli>;
  let results: Results;

  beforeAll(() => {
    const json = join(tempDir(), "headers-only.json");
    run = runCli([
      paths["oo-headers-only.xlsx"],
      "--out",
      join(tempDir(), "headers-only.xlsx"),
      "--json",
      json,
      "--as-of",
      AS_OF,
    ]);
    results = JSON.parse(readFileSync(json, "utf8"));
  });

  it("exits with 0 and prints the summary with «Школ: 0»", () => {
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toContain("Школ: 0");
  });

  it("lists no schools, and pools 0 of 0 with share null", () => {
    expect(results.schools).toEqual([]);
    expect(results.totals.kpk).toMatchObject({ completed: 0, total: 0, share: null });
  });

  it("warns «нет ни одной школы» for the whole ОО sheet", () => {
    const warning = results.problems.find(
      (p) => p.severity === "warning" && p.sheet === "ОО" && p.cell === null,
    );
    expect(warning?.message).toContain("нет ни одной школы");
  });
});

describe("formula-looking names, through the CLI (DECISIONS A-62, SPEC 6.1)", () => {
  let run: ReturnType<typeof runCli>;
  let results: Results;
  let report: ExcelJS.Workbook;

  beforeAll(async () => {
    const out = join(tempDir(), "formula-cli.xlsx");
    const json = join(tempDir(), "formula-cli.json");
    run = runCli([
      paths["formula-names.xlsx"],
      "--out",
      out,
      "--json",
      json,
      "--as-of",
      AS_OF,
      "--quiet",
    ]);
    results = JSON.parse(readFileSync(json, "utf8"));
    report = new ExcelJS.Workbook();
    await report.xlsx.readFile(out);
  });

  it("exits with 0 and, with --quiet, prints nothing", () => {
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("");
  });

  it("gives every name back verbatim in schools[].name", () => {
    expect(results.schools.map((s) => s.name)).toEqual(expect.arrayContaining([...FORMULA_NAMES]));
  });

  it("matches Педагоги to =HYPERLINK(…) by its exact name: 3 of 4 passed", () => {
    const school = results.schools.find((s) => s.name === FORMULA_NAMES[0]);
    expect(school?.kpk).toMatchObject({ completed: 3, total: 4, share: 0.75 });
  });

  it.each(FORMULA_NAMES)(
    "writes %s as text on «Статусы ОО», «КПК» and every other sheet",
    (name) => {
      const cells = allCells(report).filter(
        ({ cell }) => cell.text === name || cell.value === name,
      );
      const sheets = new Set(cells.map((c) => c.sheet));
      expect([...sheets]).toEqual(expect.arrayContaining(["Статусы ОО", "КПК"]));
      for (const { cell } of cells) {
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.value).toBe(name);
      }
    },
  );
});
