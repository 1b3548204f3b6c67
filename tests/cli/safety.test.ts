import { copyFileSync, linkSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseArgs } from "../../src/cli/parseArgs";
import { CliError, runReport } from "../../src/cli/runReport";
import { DEMO_PATH } from "../helpers/loadDemo";

describe("the input workbook is never written over", () => {
  const dir = mkdtempSync(join(tmpdir(), "shnor-safety-"));
  const input = join(dir, "in.xlsx");
  copyFileSync(DEMO_PATH, input);
  const before = readFileSync(input);

  it.each([
    ["a symbolic link", (link: string) => symlinkSync("in.xlsx", link)],
    ["a hard link", (link: string) => linkSync(input, link)],
  ])("refuses --out that reaches the input through %s (exit 2)", async (_how, make) => {
    const link = join(dir, `link-${Math.random().toString(36).slice(2)}.xlsx`);
    make(link);
    await expect(runReport({ input, out: link, quiet: true })).rejects.toMatchObject({
      exitCode: 2,
    });
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});

describe("arguments that look right but are not", () => {
  it.each([
    [["in.xlsx", "--json", "--quiet", "--out", "r.xlsx"], "Для --json не указано значение"],
    [["in.xlsx", "--out", "r.xlsx", "--year", "0x7E6"], "--year 0x7E6"],
    [["in.xlsx", "--out", "r.xlsx", "--year", "2e3"], "--year 2e3"],
  ])("%j is refused", (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.kind).toBe("error");
    expect(parsed.kind === "error" && parsed.message).toContain(message);
  });
});

describe("a password-protected workbook", () => {
  it("is named as such in the message (exit 1)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shnor-ole-"));
    const path = join(dir, "locked.xlsx");
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(504),
      ]),
    );
    const error = await runReport({ input: path, out: join(dir, "r.xlsx"), quiet: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(1);
    expect((error as CliError).message).toContain("защищён паролем");
  });
});
