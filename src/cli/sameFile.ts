import { realpathSync, statSync } from "fs";
import { basename, dirname, resolve } from "path";

// Windows and macOS file systems ignore case by default: «Отчёт.xlsx» is «отчёт.xlsx».
const CASE_BLIND = process.platform === "win32" || process.platform === "darwin";

/**
 * Whether two paths name one file, through symbolic links (of the file or of a folder on its
 * way) and hard links too; a file not yet written is compared by its folder's real path.
 */
export function sameFile(a: string, b: string): boolean {
  const [x, y] = [realPath(a), realPath(b)];
  if (CASE_BLIND ? x.toLowerCase() === y.toLowerCase() : x === y) return true;
  try {
    const [first, second] = [statSync(a), statSync(b)];
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false; // one of them does not exist yet
  }
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return resolve(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path); // a folder still to be made
    }
  }
}
