import { statSync } from "fs";
import { mkdir, writeFile } from "fs/promises";
import { dirname, resolve } from "path";
import { getHeapStatistics } from "v8";
import { analyze, buildNote, buildReport, type SheetInput } from "../engine";
import { fileErrorText } from "./fileErrorText";
import { Progress } from "./Progress";
import { readFisokoFiles } from "./readFisokoFiles";
import { readWorkbook, UnreadableFileError } from "./readWorkbook";
import { sameFile } from "./sameFile";
import { computerMemory, planMemory, type MemoryPlan } from "./readingMemory";
import { summary } from "./summary";
import { writeNoteDocx } from "./writeNoteDocx";
import { writeReportFile } from "./writeReportFile";
import { writingMemory } from "./writingMemory";

export interface RunOptions {
  readonly input: string;
  /** Every input file when several .csv files form one workbook; else only `input`. */
  readonly inputs?: readonly string[];
  readonly out: string;
  readonly json?: string;
  readonly note?: string;
  readonly asOf?: string;
  readonly year?: number;
  readonly quiet?: boolean;
  /** ФИС ОКО exports to read besides the workbook: .xlsx files or folders of them. */
  readonly fisoko?: readonly string[];
  /** Today's date (ISO); defaults to the machine's date. */
  readonly today?: string;
}

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, unreadable: 1, usage: 2 } as const;

/** A failure with a one-line Russian message and its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/**
 * The report does not fit the memory this run may use: the plan says whether a run with a larger
 * heap would write it or the computer has too little memory.
 */
export class NeedsMemory extends Error {
  constructor(readonly plan: Exclude<MemoryPlan, { kind: "fits" }>) {
    super("для записи отчёта не хватает памяти");
  }
}

/**
 * Reads a workbook, runs the engine and writes the report (and the JSON). Never writes over
 * the input file.
 *
 * @returns The exit code: 0 when the report was produced, even with data problems.
 * @throws CliError for unreadable input (1) and wrong paths (2); NeedsMemory for a report
 *   larger than the heap.
 */
export async function runReport(options: RunOptions): Promise<number> {
  const inputs = options.inputs ?? [options.input];
  checkPaths(inputs, options);
  const progress = new Progress(options.quiet ?? false);
  progress.stage(0.05, "Чтение книги…");
  // Several .csv files give a sheet each, in the order given.
  const sheets: SheetInput[] = [];
  for (const input of inputs) {
    try {
      sheets.push(...(await readWorkbook(resolve(input))).workbook.sheets);
    } catch (error) {
      progress.done();
      if (error instanceof UnreadableFileError)
        throw new CliError(`Не удалось прочитать ${input}: ${error.message}`, EXIT.unreadable);
      throw error;
    }
  }
  const workbook = { sheets };
  const inputNames = inputs.join(", ");
  let exportFiles;
  try {
    const outputs = [...inputs, options.out, options.json, options.note].filter(
      (p): p is string => p !== undefined,
    );
    exportFiles = await readFisokoFiles(options.fisoko ?? [], outputs);
  } catch (error) {
    progress.done();
    if (error instanceof UnreadableFileError)
      throw new CliError(`Не удалось прочитать выгрузку ФИС ОКО ${error.message}`, EXIT.unreadable);
    throw error;
  }
  progress.stage(0.55, "Расчёт показателей…");
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const outcome = analyze(workbook, {
    today,
    asOf: options.asOf,
    year: options.year,
    extraSheets: exportFiles.sheets,
    unreadExtraFiles: exportFiles.unread,
  });
  if (outcome.kind === "unreadable") {
    progress.done();
    throw new CliError(`Не удалось прочитать ${inputNames}: ${outcome.message}`, EXIT.unreadable);
  }
  progress.stage(0.7, "Запись отчёта…");
  const model = buildReport(outcome.results);
  // Running out of heap while writing ends the process with no message of ours.
  const plan = planMemory(
    process.memoryUsage().heapUsed + writingMemory(model),
    getHeapStatistics().heap_size_limit,
    computerMemory(),
  );
  if (plan.kind !== "fits") {
    progress.done();
    throw new NeedsMemory(plan);
  }
  const writeTo = async (path: string, write: () => Promise<void>) => {
    try {
      await mkdir(dirname(resolve(path)), { recursive: true });
      await write();
    } catch (error) {
      progress.done();
      const reason = fileErrorText(error) ?? "ошибка записи";
      throw new CliError(`Не удалось записать ${path}: ${reason}`, EXIT.unreadable);
    }
  };
  await writeTo(options.out, () => writeReportFile(model, options.out));
  const { json, note } = options;
  if (json !== undefined) {
    await writeTo(json, () =>
      writeFile(json, JSON.stringify(outcome.results, null, 2) + "\n", "utf8"),
    );
  }
  if (note !== undefined)
    // The document stands alone: it points to no sheet of the report.
    await writeTo(note, () => writeNoteDocx(buildNote(outcome.results, "document"), note));
  progress.done();
  if (!options.quiet)
    process.stdout.write(summary(outcome.results, { ...options, input: inputNames }) + "\n");
  return EXIT.ok;
}

/**
 * Every output is a file of its own, never an input: one written over another would leave a
 * report that is silently something else.
 *
 * @throws CliError (exit 2) naming the two options.
 */
function checkPaths(inputs: readonly string[], options: RunOptions): void {
  const named: [string, string | undefined][] = [
    ["--out", options.out],
    ["--json", options.json],
    ["--note", options.note],
  ];
  const outputs = named.filter((output): output is [string, string] => output[1] !== undefined);
  // Folders of exports are not inputs as a whole: the outputs in them are passed over.
  const exportFiles = (options.fisoko ?? []).filter((path) => !isFolder(path));
  for (const [flag, path] of outputs) {
    if (inputs.some((input) => sameFile(input, path)))
      throw new CliError(
        `${flag} совпадает с входным файлом: исходная книга никогда не перезаписывается`,
        EXIT.usage,
      );
    const exported = exportFiles.find((input) => sameFile(input, path));
    if (exported !== undefined)
      throw new CliError(
        `${flag} совпадает с выгрузкой ФИС ОКО ${exported}: входные файлы никогда не перезаписываются`,
        EXIT.usage,
      );
  }
  outputs.forEach(([flag, path], i) => {
    const earlier = outputs.slice(0, i).find(([, other]) => sameFile(other, path));
    if (earlier !== undefined)
      throw new CliError(
        `${earlier[0]} и ${flag} указывают на один и тот же файл (${path}): укажите разные файлы`,
        EXIT.usage,
      );
  });
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
