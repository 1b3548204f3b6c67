import { spawnSync } from "child_process";
import { join, resolve } from "path";

/** The repository root: the CLI is run from here, as `npm run report` runs it. */
export const REPO_ROOT = resolve(__dirname, "../..");

/** What a finished CLI process left behind. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `tsx src/cli/main.ts …` as a child process, the way a user runs `npm run report`.
 * Each run costs about a second, so the suites spawn it only where the exit code, stdout or
 * stderr of the real process is what is being tested.
 *
 * @param args The command-line arguments after `main.ts`.
 */
export function runCli(args: readonly string[]): CliRun {
  const tsx = join(REPO_ROOT, "node_modules", ".bin", "tsx");
  const run = spawnSync(tsx, ["src/cli/main.ts", ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    timeout: 30_000,
    // Colour codes and a terminal width would change what the CLI prints.
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
