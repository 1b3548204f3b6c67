import fc from "fast-check";
import { readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { main } from "../../src/cli/main";
import { writeZip, type ZipPart } from "../../src/cli/xlsx/writeZip";
import { DEMO_PATH, loadWorkbook } from "../helpers/loadDemo";
import { odsFile } from "../helpers/odsFile";
import { rowsOf } from "../helpers/workbook";
import { useTempDir } from "../helpers/tempDir";

/** The workbooks whose bytes are mutated, each with the extension the CLI is given. */
const FUZZ_INPUTS: readonly {
  readonly name: string;
  readonly bytes: () => Promise<Buffer>;
  readonly ext: string;
}[] = [
  { name: "the demo .xlsx", bytes: async () => readFileSync(DEMO_PATH), ext: ".xlsx" },
  {
    name: "the demo saved as .ods",
    bytes: async () => {
      const demo = await loadWorkbook();
      return odsFile(demo.sheets.map((sheet) => ({ name: sheet.name, rows: rowsOf(sheet) })));
    },
    ext: ".ods",
  },
];

// Runs per property and input: each run reads and often reports on a demo-sized workbook. The
// seed keeps CI's runs the same; FUZZ_RUNS=500 explores further, from a new seed each time.
const DEEPER = Number(process.env.FUZZ_RUNS) || 0;
const RUNS = DEEPER || 15;
const SEED = DEEPER ? {} : { seed: 20 };
// No case may take longer than this, however its bytes are broken.
const CASE_MS = 8_000;

/** One changed byte: where (a share of the length, so it fits any file) and its new value. */
const byteChange = fc.record({
  at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  value: fc.integer({ min: 0, max: 255 }),
});

/** Up to 8 changed bytes and maybe a cut end: what a bad disk or a broken download does. */
const damage = fc.record({
  changes: fc.array(byteChange, { minLength: 1, maxLength: 8 }),
  keep: fc.option(fc.double({ min: 0.5, max: 1, noNaN: true }), { nil: undefined }),
});

function damaged(
  bytes: Buffer,
  { changes, keep }: { readonly changes: readonly { at: number; value: number }[]; keep?: number },
): Buffer {
  const copy = Buffer.from(bytes);
  for (const { at, value } of changes) copy[Math.floor(at * copy.length)] = value;
  return keep === undefined ? copy : copy.subarray(0, Math.ceil(keep * copy.length));
}

/** What the command did with one file. */
interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

async function runOn(dir: string, bytes: Buffer, ext: string): Promise<Outcome> {
  const input = join(dir, `input${ext}`);
  writeFileSync(input, bytes);
  let stdout = "";
  let stderr = "";
  const started = Date.now();
  const code = await main([input, "--out", join(dir, "report.xlsx"), "--quiet"], {
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
  });
  return { code, stdout, stderr, ms: Date.now() - started };
}

/** The command's contract on any file: a known exit code, and one Russian line when it fails. */
function expectContract(outcome: Outcome): void {
  expect([0, 1, 2]).toContain(outcome.code);
  expect(outcome.stdout).toBe("");
  if (outcome.code === 0) expect(outcome.stderr).toBe("");
  else expect(outcome.stderr).toMatch(/^Ошибка: [^\n]+\n$/);
  // No stack trace, no English error of Node or a library.
  expect(outcome.stderr).not.toMatch(/\n\s+at |непредвиденный сбой|Error|undefined|NaN/);
  expect(outcome.ms).toBeLessThan(CASE_MS);
}

describe.each(FUZZ_INPUTS)("$name with damaged bytes", ({ bytes, ext }) => {
  const dir = useTempDir("fuzz");
  let original: Buffer;
  beforeAll(async () => {
    original = await bytes();
  });

  it(
    "exits 0, 1 or 2, with one line on stderr when not 0, for bytes changed in the file",
    async () => {
      await fc.assert(
        fc.asyncProperty(damage, async (d) =>
          expectContract(await runOn(dir(), damaged(original, d), ext)),
        ),
        { numRuns: RUNS, ...SEED },
      );
    },
    RUNS * CASE_MS,
  );

  it(
    "does the same for bytes changed in one unpacked part, the package kept whole",
    async () => {
      const zip = await JSZip.loadAsync(original);
      const parts: ZipPart[] = [];
      for (const file of Object.values(zip.files))
        if (!file.dir) parts.push({ name: file.name, data: await file.async("uint8array") });
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: parts.length - 1 }), damage, async (index, d) => {
          const changed = parts.map((part, i) =>
            i === index ? { name: part.name, data: damaged(Buffer.from(part.data), d) } : part,
          );
          expectContract(await runOn(dir(), writeZip(changed), ext));
        }),
        { numRuns: RUNS, ...SEED },
      );
    },
    RUNS * CASE_MS,
  );
});
