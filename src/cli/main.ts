import { parseArgs, USAGE } from "./parseArgs";
import { CliError, EXIT, runReport } from "./runReport";

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

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
