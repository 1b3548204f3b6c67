import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

/**
 * Builds the pane in production mode and the Excel stand-in into a fresh temporary folder,
 * in a child process so webpack runs outside the test's module sandbox.
 *
 * @returns The folder: the pane's files at its root, the stand-in in `e2e/`.
 */
export async function buildPane(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "shnor-pane-"));
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      [cli, "--config", join(__dirname, "webpack.e2e.config.js"), "--stats", "errors-only"],
      { cwd: ROOT, env: { ...process.env, E2E_OUT: out }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`webpack failed:\n${stdout}\n${stderr}`)) : resolve(),
    );
  });
  return out;
}
