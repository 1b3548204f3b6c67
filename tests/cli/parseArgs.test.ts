import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, relative } from "path";
import { parseArgs, USAGE } from "../../src/cli/parseArgs";
import { CliError, EXIT, runReport } from "../../src/cli/runReport";
import { DEMO_PATH } from "../helpers/loadDemo";
import { REPO_ROOT, runCli } from "../helpers/runCli";

describe("parseArgs refuses a wrong command line with a Russian message (exit 2)", () => {
  it.each<[what: string, argv: string[], mentions: RegExp]>([
    ["a line without an input file", ["--out", "r.xlsx"], /входной файл/],
    ["a line without --out", ["in.xlsx"], /--out/],
    ["an empty input name, as an unset variable gives", ["", "--out", "r.xlsx"], /входной файл/],
    ["an input name of spaces", ["  ", "--out", "r.xlsx"], /входной файл/],
    ["a report named .csv", ["in.xlsx", "--out", "отчёт.csv"], /отчёт\.csv.*\.xlsx/],
    ["a report named without an extension", ["in.xlsx", "--out", "отчёт"], /\.xlsx/],
    ["a report given a folder", ["in.xlsx", "--out", "/tmp/"], /\/tmp\/.*\.xlsx/],
    ["a note named .doc", ["in.xlsx", "--out", "r.xlsx", "--note", "справка.doc"], /\.docx/],
    ["--out without a value", ["in.xlsx", "--out"], /--out/],
    ["--out= with an empty value", ["in.xlsx", "--out="], /--out/],
    ["an unknown flag", ["in.xlsx", "--out", "r.xlsx", "--verbose"], /--verbose/],
    ["a short flag it does not know", ["in.xlsx", "--out", "r.xlsx", "-o"], /-o/],
    ["a second input file", ["a.xlsx", "b.xlsx", "--out", "r.xlsx"], /b\.xlsx/],
    [
      "two .csv files that would give one sheet",
      ["2021/ОО.csv", "2022/оо.csv", "--out", "r.xlsx"],
      /2021\/ОО\.csv и 2022\/оо\.csv дают один лист «оо»/,
    ],
    [
      "a workbook among .csv files",
      ["ОО.csv", "Педагоги.xlsx", "--out", "r.xlsx"],
      /Педагоги\.xlsx.*только.*\.csv/,
    ],
    [
      "--as-of on a day that does not exist, 2022-02-30",
      ["in.xlsx", "--out", "r.xlsx", "--as-of", "2022-02-30"],
      /2022-02-30/,
    ],
    [
      "--as-of on 29 February of a common year",
      ["in.xlsx", "--out", "r.xlsx", "--as-of=2023-02-29"],
      /2023-02-29/,
    ],
    [
      "--as-of in Russian order on a day that does not exist, 30.02.2022",
      ["in.xlsx", "--out", "r.xlsx", "--as-of", "30.02.2022"],
      /30\.02\.2022/,
    ],
    ["--as-of in words", ["in.xlsx", "--out", "r.xlsx", "--as-of", "вчера"], /вчера/],
    ["--year in words", ["in.xlsx", "--out", "r.xlsx", "--year", "двадцать"], /двадцать/],
    ["a fractional --year", ["in.xlsx", "--out", "r.xlsx", "--year", "2022.5"], /2022\.5/],
    ["--year before 1990", ["in.xlsx", "--out", "r.xlsx", "--year", "1989"], /1989/],
    ["--year after 2100", ["in.xlsx", "--out", "r.xlsx", "--year", "2101"], /2101/],
    ["--out given twice", ["in.xlsx", "--out", "a.xlsx", "--out", "b.xlsx"], /--out/],
    [
      "--json given twice, once with =",
      ["in.xlsx", "--out", "r.xlsx", "--json", "a.json", "--json=b.json"],
      /--json/,
    ],
  ])("refuses %s", (_what, argv, mentions) => {
    const parsed = parseArgs(argv);
    expect(parsed.kind).toBe("error");
    if (parsed.kind !== "error") return;
    expect(parsed.message).toMatch(/[А-Яа-яЁё]{3}/);
    expect(parsed.message).toMatch(mentions);
  });
});

describe("parseArgs accepts every documented form", () => {
  it.each<[what: string, argv: string[], args: Record<string, unknown>]>([
    [
      "the shortest command",
      ["in.xlsx", "--out", "r.xlsx"],
      { input: "in.xlsx", inputs: ["in.xlsx"], out: "r.xlsx", quiet: false },
    ],
    [
      "several .csv files, one workbook",
      ["ОО.csv", "Педагоги.CSV", "Результаты.csv", "--out", "r.xlsx"],
      { input: "ОО.csv", inputs: ["ОО.csv", "Педагоги.CSV", "Результаты.csv"] },
    ],
    ["--out=x.xlsx", ["in.xlsx", "--out=x.xlsx"], { input: "in.xlsx", out: "x.xlsx" }],
    [
      "a path with = inside, after --out=",
      ["in.xlsx", "--out=отчёт=2022.xlsx"],
      { out: "отчёт=2022.xlsx" },
    ],
    [
      "every flag",
      [
        "in.xlsx",
        "--out",
        "r.xlsx",
        "--json",
        "r.json",
        "--as-of",
        "2022-03-31",
        "--year",
        "2022",
        "--quiet",
      ],
      {
        input: "in.xlsx",
        out: "r.xlsx",
        json: "r.json",
        asOf: "2022-03-31",
        year: 2022,
        quiet: true,
      },
    ],
    [
      "flags before the input file",
      ["--as-of=2022-03-31", "--out", "r.xlsx", "in.xlsx"],
      { input: "in.xlsx", asOf: "2022-03-31" },
    ],
    [
      "29 February of a leap year",
      ["in.xlsx", "--out", "r.xlsx", "--as-of", "2024-02-29"],
      { asOf: "2024-02-29" },
    ],
    [
      "--as-of as Russian users write dates, 31.03.2022",
      ["in.xlsx", "--out", "r.xlsx", "--as-of", "31.03.2022"],
      { asOf: "2022-03-31" },
    ],
    [
      "--as-of with a two-digit year, as a date cell takes it",
      ["in.xlsx", "--out", "r.xlsx", "--as-of=1.9.25"],
      { asOf: "2025-09-01" },
    ],
    ["-q for --quiet", ["in.xlsx", "--out", "r.xlsx", "-q"], { quiet: true }],
    [
      "the bounds of --year, 1990",
      ["in.xlsx", "--out", "r.xlsx", "--year", "1990"],
      { year: 1990 },
    ],
    ["the bounds of --year, 2100", ["in.xlsx", "--out", "r.xlsx", "--year=2100"], { year: 2100 }],
  ])("reads %s", (_what, argv, args) => {
    expect(parseArgs(argv)).toEqual({ kind: "run", args: expect.objectContaining(args) });
  });

  it.each<[what: string, argv: string[]]>([
    ["--help", ["--help"]],
    ["-h", ["-h"]],
    ["--help after a bad --year", ["in.xlsx", "--year", "abc", "--help"]],
  ])("answers %s with the usage", (_what, argv) => {
    expect(parseArgs(argv)).toEqual({ kind: "help" });
  });
});

describe("the process: --help and wrong arguments", () => {
  it("prints the usage on stdout for --help and exits with 0", () => {
    const run = runCli(["--help"]);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toContain(USAGE);
    expect(run.stderr).toBe("");
  });

  it("exits with 2 on an unknown flag: the reason first, in Russian, then the usage", () => {
    const run = runCli(["examples/demo-district.xlsx", "--out", "out/never.xlsx", "--verbose"]);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr.split("\n")[0]).toBe("Ошибка: Неизвестный параметр --verbose");
    expect(run.stderr).toContain(USAGE);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).toBe("");
  });
});

describe("runReport never writes over the input workbook (exit 2)", () => {
  let dir: string;
  let input: string;
  let before: Buffer;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "shnor-args-"));
    mkdirSync(join(dir, "sub"));
    input = join(dir, "district.xlsx");
    copyFileSync(DEMO_PATH, input);
    before = readFileSync(input);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each<[what: string, paths: () => { out: string; json?: string }]>([
    ["--out as the same path", () => ({ out: input })],
    // Written by hand: path.join would fold the `..` away before runReport sees it.
    ["--out through sub/../", () => ({ out: `${dir}/sub/../district.xlsx` })],
    ["--out relative to the working folder", () => ({ out: relative(process.cwd(), input) })],
    ["--json as the input", () => ({ out: join(dir, "report.xlsx"), json: input })],
  ])("refuses %s, and the input keeps every byte", async (_what, paths) => {
    const refusal = runReport({ input, ...paths(), asOf: "2022-03-31", quiet: true });
    await expect(refusal).rejects.toBeInstanceOf(CliError);
    await expect(refusal).rejects.toMatchObject({ exitCode: EXIT.usage });
    await expect(refusal).rejects.toThrow(/входн/);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("exits with 2 from the process when --out names the input by another relative path", () => {
    const viaOtherPath = `${relative(REPO_ROOT, dir)}/sub/../district.xlsx`;
    const run = runCli([input, "--out", viaOtherPath, "--as-of", "2022-03-31"]);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/входн/);
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});

describe("runReport names the file it cannot write, in Russian (exit 1)", () => {
  let dir: string;
  let blocker: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "shnor-write-"));
    // A file where a folder of the path should be: writing below it fails with ENOTDIR.
    blocker = join(dir, "file");
    writeFileSync(blocker, "");
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each<[what: string, paths: () => { out: string; json?: string }, failing: () => string]>([
    [
      "the report below a file",
      () => ({ out: join(blocker, "r.xlsx") }),
      () => join(blocker, "r.xlsx"),
    ],
    [
      "the JSON below a file",
      () => ({ out: join(dir, "r.xlsx"), json: join(blocker, "r.json") }),
      () => join(blocker, "r.json"),
    ],
    [
      "the report over a folder of its name",
      () => {
        const out = join(dir, "папка.xlsx");
        mkdirSync(out, { recursive: true });
        return { out };
      },
      () => join(dir, "папка.xlsx"),
    ],
  ])("%s", async (_what, paths, failing) => {
    const refusal = runReport({ input: DEMO_PATH, ...paths(), asOf: "2022-03-31", quiet: true });
    await expect(refusal).rejects.toMatchObject({ exitCode: EXIT.unreadable });
    const message = await refusal.catch((e: Error) => e.message);
    expect(message).toContain(`Не удалось записать `);
    expect(message).toContain(failing());
    expect(message).not.toMatch(/E[A-Z]{3,}/); // no bare Node error code
    expect(message).toMatch(/: (часть пути — файл, а не папка|это папка, а не файл)$/);
  });
});
