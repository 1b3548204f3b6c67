import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Where Debian's chromium package puts the browser. */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * Makes sure Debian's Chromium is installed, installing it with apt-get when missing.
 *
 * @returns `null` when the browser is there, or why it cannot be, for a skip message.
 * @throws In CI, where the browser test must really run, when installation fails.
 */
export function ensureChromium(): string | null {
  if (existsSync(CHROMIUM)) return null;
  let reason: string;
  if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get")) {
    reason = "нет apt-get: установите Chromium вручную (Debian: apt-get install chromium)";
  } else if (process.getuid?.() !== 0) {
    reason = "нужны права root, чтобы установить Chromium: sudo apt-get install -y chromium";
  } else {
    try {
      const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
      const options = { env, stdio: "pipe" as const, timeout: 10 * 60_000 };
      execFileSync("apt-get", ["update"], options);
      execFileSync("apt-get", ["install", "-y", "chromium"], options);
      if (existsSync(CHROMIUM)) return null;
      reason = `apt-get завершился, но ${CHROMIUM} не появился`;
    } catch (error) {
      reason = `apt-get install chromium не удался: ${(error as Error).message.split("\n")[0]}`;
    }
  }
  if (process.env.CI) throw new Error(`Браузерный тест не может работать: ${reason}`);
  return reason;
}
