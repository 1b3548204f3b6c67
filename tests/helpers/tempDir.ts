import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

/**
 * A fresh temporary folder made before the suite and removed after it. Call it before the
 * suite's own `beforeAll`, which may then write into the folder.
 *
 * @returns A getter: the folder exists once `beforeAll` has run.
 */
export function useTempDir(name: string): () => string {
  let dir: string | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), `shnor-${name}-`));
  });
  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (dir === undefined) throw new Error("the temporary folder is made in beforeAll");
    return dir;
  };
}
