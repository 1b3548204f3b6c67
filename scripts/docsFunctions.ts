import { readFileSync, writeFileSync } from "node:fs";
import { currentFunctionsTable, README_FILE, withFunctionsTable } from "./functionsTable";

// `npm run docs:functions` rewrites the function reference in README.md from the metadata;
// `npm run docs:functions -- --check` only says whether it is up to date (exit 1 if not).
async function main(): Promise<void> {
  const readme = readFileSync(README_FILE, "utf8");
  const updated = withFunctionsTable(readme, await currentFunctionsTable());
  if (process.argv.includes("--check")) {
    if (updated !== readme) {
      console.error("README.md: таблица функций устарела; выполните npm run docs:functions");
      process.exitCode = 1;
    }
    return;
  }
  if (updated !== readme) writeFileSync(README_FILE, updated);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
