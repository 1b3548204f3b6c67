import { relative, sep } from "node:path";
import ts from "typescript";

/**
 * What TypeScript reports when files are compiled with the ECMAScript library alone: no DOM,
 * no Office.js, no Node types. A use of `document`, `Excel`, `CustomFunctions`, `process` or
 * `Buffer` is then an unknown name, and an import of `fs` an unknown module.
 *
 * @param root The repository root, whose tsconfig.json gives the other options.
 * @param files Absolute paths of the files to compile.
 * @param sources Texts that stand in for files, by absolute path (files that need not exist).
 * @returns One line per problem: file from the root, line, message.
 */
export function pureCompileProblems(
  root: string,
  files: readonly string[],
  sources: ReadonlyMap<string, string> = new Map(),
): string[] {
  const { config } = ts.readConfigFile(`${root}/tsconfig.json`, ts.sys.readFile);
  const { options } = ts.convertCompilerOptionsFromJson(
    { ...config.compilerOptions, lib: ["ES2022"], types: [] },
    root,
  );
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (path) => sources.get(path) ?? readFile(path);
  host.fileExists = (path) => sources.has(path) || fileExists(path);
  const program = ts.createProgram({ rootNames: files, options, host });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
    if (diagnostic.file === undefined || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    const file = relative(root, diagnostic.file.fileName).split(sep).join("/");
    return `${file}:${line + 1}: ${message}`;
  });
}
