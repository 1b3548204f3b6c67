import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import ts from "typescript";
import { TRANSLATIONS } from "../src/functions/translations";
import { localizeFunctions, type FunctionsMetadata } from "./localizeFunctions";

const ROOT = join(__dirname, "..");
export const FUNCTIONS_FILE = join(ROOT, "src", "functions", "functions.ts");
export const README_FILE = join(ROOT, "README.md");
export const TABLE_START = "<!-- functions:start -->";
export const TABLE_END = "<!-- functions:end -->";

/** functions.json as the build generates it, and its Russian form, as the build derives it. */
export async function functionsMetadata(): Promise<{
  english: FunctionsMetadata;
  russian: FunctionsMetadata;
}> {
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS_FILE);
  if (generated.errors.length > 0) throw new Error(generated.errors.join("\n"));
  const english = JSON.parse(generated.metadataJson) as FunctionsMetadata;
  const localized = localizeFunctions(english, TRANSLATIONS);
  if (localized.problems.length > 0) throw new Error(localized.problems.join("\n"));
  return { english, russian: localized.metadata };
}

/** The `@example` of every `@customfunction` in a source file, by function id. */
export function functionExamples(source: string): Map<string, string> {
  const file = ts.createSourceFile("functions.ts", source, ts.ScriptTarget.Latest, true);
  const examples = new Map<string, string>();
  file.forEachChild((node) => {
    if (!ts.isFunctionDeclaration(node)) return;
    const tags = ts.getJSDocTags(node);
    const id = tags.find((tag) => tag.tagName.text === "customfunction");
    const example = tags.find((tag) => tag.tagName.text === "example");
    if (id === undefined || example === undefined) return;
    const text = (tag: ts.JSDocTag) => ts.getTextOfJSDocComment(tag.comment)?.trim() ?? "";
    examples.set(text(id) || (node.name?.text ?? "").toUpperCase(), text(example));
  });
  return examples;
}

/** The namespace of the functions in the default (Russian) locale and in English Excel. */
export function namespaces(manifest: string): { russian: string; english: string } {
  const element =
    /<bt:String id="Functions\.Namespace" DefaultValue="([^"]+)">([\s\S]*?)<\/bt:String>/.exec(
      manifest,
    );
  const english = /<bt:Override Locale="en-US" Value="([^"]+)"/.exec(element?.[2] ?? "")?.[1];
  if (!element || !english)
    throw new Error("manifest.xml: no Functions.Namespace with an en-US override");
  return { russian: element[1], english };
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");

function signature(
  namespace: string,
  fn: FunctionsMetadata["functions"][number],
  separator: string,
): string {
  const parameters = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `\`${namespace}.${fn.name}(${parameters.join(separator)})\``;
}

/**
 * The function reference of the README in Markdown, from the generated metadata, the
 * translation table and the `@example` tags, so that it cannot drift from the build.
 */
export function renderFunctionsTable(
  english: FunctionsMetadata,
  russian: FunctionsMetadata,
  examples: ReadonlyMap<string, string>,
  names: { russian: string; english: string },
): string {
  const lines = [
    "| Функция | В русском Excel | Что возвращает | Пример (в русском Excel) |",
    "|---|---|---|---|",
  ];
  for (const fn of english.functions) {
    const ru = russian.functions.find((f) => f.id === fn.id)!;
    const example = examples.get(fn.id);
    if (example === undefined) throw new Error(`functions.ts: ${fn.id} has no @example`);
    const [formula, answer = ""] = example.split(" → ");
    const localFormula = formula.replace(
      `${names.english}.${fn.name}(`,
      `${names.russian}.${ru.name}(`,
    );
    lines.push(
      `| ${signature(names.english, fn, ", ")} | ${signature(names.russian, ru, "; ")} | ` +
        `${cell(fn.description ?? "")} | \`${cell(localFormula)}\` → ${cell(answer)} |`,
    );
  }
  return lines.join("\n");
}

/** The README with the text between the function markers replaced by the table. */
export function withFunctionsTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${TABLE_START} … ${TABLE_END}`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`;
}

/** The table as `npm run docs:functions` writes it into the README. */
export async function currentFunctionsTable(): Promise<string> {
  const { english, russian } = await functionsMetadata();
  const examples = functionExamples(readFileSync(FUNCTIONS_FILE, "utf8"));
  const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  return renderFunctionsTable(english, russian, examples, namespaces(manifest));
}
