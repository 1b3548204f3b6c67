import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Pythons to try: the one on PATH, then Debian's own, where apt-get's python3-lxml goes. */
const PYTHONS = ["python3", "/usr/bin/python3"];

function pythonWithLxml(): string | null {
  for (const python of PYTHONS) {
    const run = spawnSync(python, ["-c", "import lxml.etree"], { stdio: "ignore" });
    if (run.status === 0) return python;
  }
  return null;
}

/** Installs Debian's python3-lxml; the reason it cannot, or `null` when apt-get did its part. */
function installLxml(): string | null {
  if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get"))
    return "нет apt-get: установите lxml вручную (pip install lxml)";
  if (process.getuid?.() !== 0)
    return "нужны права root, чтобы установить lxml: sudo apt-get install -y python3-lxml";
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const options = { env, stdio: "pipe" as const, timeout: 10 * 60_000 };
    execFileSync("apt-get", ["update"], options);
    execFileSync("apt-get", ["install", "-y", "python3-lxml"], options);
    return null;
  } catch (error) {
    return `apt-get install python3-lxml не удался: ${(error as Error).message.split("\n")[0]}`;
  }
}

let found: string | undefined;

/**
 * A Python 3 with lxml for the ECMA-376 checker (tests/ooxml/check_ooxml.py). When no Python
 * has lxml, Debian's python3-lxml is installed with apt-get, as CI (a fresh Debian, as root)
 * needs. The checks are part of the suite: without lxml they fail, they are never skipped.
 *
 * @returns The command of a Python that imports lxml.
 * @throws When lxml is missing and cannot be installed, with the reason and what to do.
 */
export function ensureLxml(): string {
  if (found !== undefined) return found;
  let python = pythonWithLxml();
  let reason: string | null = null;
  if (python === null) {
    reason = installLxml();
    python = pythonWithLxml();
    reason ??= python === null ? "apt-get завершился, но Python по-прежнему не видит lxml" : null;
  }
  if (python === null) throw new Error(`Проверка OOXML не может работать: ${reason}`);
  found = python;
  return python;
}
