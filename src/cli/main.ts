import { spawnSync } from "child_process";
import { totalmem } from "os";
import { getHeapStatistics } from "v8";
import { parseArgs, USAGE } from "./parseArgs";
import { planMemory, readingMemory, tooLargeMessage, type MemoryPlan } from "./readingMemory";
import { CliError, EXIT, runReport } from "./runReport";

// Set in the process started with a larger heap, so that it never starts another.
const HEAP_GROWN = "SHNOR_HEAP_GROWN";

/** `npm run report -- IN.xlsx --out REPORT.xlsx …`: exit codes 0 / 1 / 2, Russian messages, no stack traces. */
async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === "help") {
    process.stdout.write(USAGE + "\n");
    return EXIT.ok;
  }
  if (parsed.kind === "error") {
    process.stderr.write(`Ошибка: ${parsed.message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  const plan = await memoryPlan(parsed.args.inputs);
  if (plan.kind === "tooLarge") {
    process.stderr.write(`Ошибка: ${tooLargeMessage(parsed.args.inputs.join(", "), plan)}\n`);
    return EXIT.unreadable;
  }
  if (plan.kind === "growHeap" && process.env[HEAP_GROWN] === undefined) {
    const code = runWithHeap(plan.heapMB);
    if (code !== null) return code;
  }
  try {
    return await runReport(parsed.args);
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`Ошибка: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(
      `Ошибка: непредвиденный сбой (${error instanceof Error ? error.message : String(error)})\n`,
    );
    return EXIT.unreadable;
  }
}

async function memoryPlan(inputs: readonly string[]): Promise<MemoryPlan> {
  const need = await readingMemory(...inputs).catch(() => null);
  if (need === null) return { kind: "fits" }; // the reader will say what the file is
  return planMemory(need, getHeapStatistics().heap_size_limit, totalmem());
}

/**
 * Runs this command again in a Node with a heap large enough for the workbook: Node's default
 * heap is a few GB, and running out of it ends the process with no message of ours.
 *
 * @returns The exit code of that run, or null when it could not be started.
 */
function runWithHeap(heapMB: number): number | null {
  const run = spawnSync(
    process.execPath,
    [...process.execArgv, `--max-old-space-size=${heapMB}`, ...process.argv.slice(1)],
    { stdio: "inherit", env: { ...process.env, [HEAP_GROWN]: "1" } },
  );
  return run.error || run.status === null ? null : run.status;
}

// main catches every failure and returns its exit code, so nothing is left to reject.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
