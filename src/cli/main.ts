import { spawnSync } from "child_process";
import { getHeapStatistics } from "v8";
import { parseArgs, USAGE } from "./parseArgs";
import {
  computerMemory,
  planMemory,
  readingMemory,
  tooLargeMessage,
  type MemoryPlan,
} from "./readingMemory";
import { CliError, EXIT, NeedsMemory, runReport } from "./runReport";

// The heap in MB of a process started with a larger heap: it starts another only for more.
const HEAP_GROWN = "SHNOR_HEAP_GROWN";

/** Where the command writes: the process's stdout and stderr, unless a test takes them. */
export interface CommandOutput {
  out(text: string): void;
  err(text: string): void;
}

const PROCESS_OUTPUT: CommandOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/**
 * `npm run report -- IN.xlsx --out REPORT.xlsx …`: exit codes 0 / 1 / 2, Russian messages, no
 * stack traces.
 *
 * @param argv The arguments after the script's name.
 * @returns The exit code.
 */
export async function main(
  argv: readonly string[],
  output: CommandOutput = PROCESS_OUTPUT,
): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === "help") {
    output.out(USAGE + "\n");
    return EXIT.ok;
  }
  if (parsed.kind === "error") {
    output.err(`Ошибка: ${parsed.message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  const { inputs } = parsed.args;
  const input = inputs.join(", ");
  const plan = await memoryPlan(inputs);
  if (plan.kind !== "fits") {
    const code = followPlan(input, plan, output);
    if (code !== null) return code;
  }
  try {
    return await runReport(parsed.args);
  } catch (error) {
    if (error instanceof NeedsMemory) {
      const { plan } = error;
      const code = followPlan(input, plan, output);
      if (code !== null) return code;
      // A heap grown to what was asked for still too small: said as the size it needs.
      const needMB = plan.kind === "growHeap" ? plan.heapMB : plan.needMB;
      const totalMB = Math.floor(computerMemory() / 1024 / 1024);
      output.err(`Ошибка: ${tooLargeMessage(input, { kind: "tooLarge", needMB, totalMB })}\n`);
      return EXIT.unreadable;
    }
    if (error instanceof CliError) {
      // The message may quote the file (a sheet's name): it stays one line whatever that holds.
      // eslint-disable-next-line no-control-regex -- control characters are what is replaced
      output.err(`Ошибка: ${error.message.replace(/[\u0000-\u001f\u007f]+/g, " ")}\n`);
      return error.exitCode;
    }
    output.err(
      `Ошибка: непредвиденный сбой (${error instanceof Error ? error.message : String(error)})\n`,
    );
    return EXIT.unreadable;
  }
}

async function memoryPlan(inputs: readonly string[]): Promise<MemoryPlan> {
  const need = await readingMemory(...inputs).catch(() => null);
  if (need === null) return { kind: "fits" }; // the reader will say what the file is
  return planMemory(need, getHeapStatistics().heap_size_limit, computerMemory());
}

/**
 * Runs again with a larger heap, or says the workbook is too large.
 *
 * @returns The exit code, or null when this run should go on as it is: it already has the heap
 *   asked for, or a larger one could not be started.
 */
function followPlan(
  input: string,
  plan: Exclude<MemoryPlan, { kind: "fits" }>,
  output: CommandOutput,
): number | null {
  if (plan.kind === "growHeap") {
    if (plan.heapMB <= Number(process.env[HEAP_GROWN] ?? 0)) return null;
    return runWithHeap(plan.heapMB);
  }
  output.err(`Ошибка: ${tooLargeMessage(input, plan)}\n`);
  return EXIT.unreadable;
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
    { stdio: "inherit", env: { ...process.env, [HEAP_GROWN]: String(heapMB) } },
  );
  return run.error || run.status === null ? null : run.status;
}

// Run as the command (`tsx src/cli/main.ts`), not when a test imports main. main catches every
// failure and returns its exit code, so nothing is left to reject.
if (require.main === module)
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
