import { spawnSync } from "node:child_process";
import { basename, join } from "node:path";
import { ensureLxml } from "./ensureLxml";
import { REPO_ROOT } from "./runCli";

/** The ECMA-376 checker vendored into the repository (tests/ooxml/README.md). */
export const OOXML_CHECKER = join(REPO_ROOT, "tests", "ooxml", "check_ooxml.py");

/** What the checker said about a set of packages. */
export interface OoxmlReport {
  /** XML parts it read, every one of them parsed by lxml. */
  readonly parts: number;
  /** One line per violation, `FILE:PART:LINE: [kind] message`, the file without its folder. */
  readonly violations: readonly string[];
}

/**
 * Runs `check_ooxml.py --quiet` on .xlsx and .docx files (schemas, package and SpreadsheetML
 * rules; lxml parses every part strictly, so a part that is not well-formed is an `[xml]`
 * violation).
 *
 * @param files Paths of the packages.
 * @throws When the checker cannot run or its output has no summary line.
 */
export function checkOoxml(files: readonly string[]): OoxmlReport {
  const run = spawnSync(ensureLxml(), [OOXML_CHECKER, "--quiet", ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  const lines = run.stdout.split("\n").filter((line) => line !== "");
  const summary = /^(\d+) parts, (\d+) violations$/.exec(lines.at(-1) ?? "");
  if (summary === null) throw new Error(`check_ooxml.py: ${run.stderr || run.stdout}`);
  let violations = lines.slice(0, -1).filter((line) => !line.startsWith("note:"));
  for (const file of files) {
    violations = violations.map((line) =>
      line.startsWith(`${file}:`) ? basename(file) + line.slice(file.length) : line,
    );
  }
  return { parts: Number(summary[1]), violations };
}
