import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import ts from "typescript";

/** One import of a source file: what it names and what that resolves to. */
export interface SourceImport {
  /** The importing file, relative to the repository root with `/` (`src/excel/readWorkbook.ts`). */
  readonly file: string;
  /** The module specifier as written (`../engine`, `react`, `node:fs`). */
  readonly specifier: string;
  /** The imported file relative to the root, or `null` for a package (a Node built-in included). */
  readonly target: string | null;
  /** `import type` and `export type`: erased from the build, yet an arrow all the same. */
  readonly typeOnly: boolean;
}

// The order in which a bundler tries an extensionless relative specifier.
const CANDIDATE_SUFFIXES = ["", ".ts", ".tsx", ".d.ts", "/index.ts", "/index.tsx"];

/** Every `.ts` and `.tsx` file under a folder, as absolute paths in a stable order. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return /\.tsx?$/.test(name) ? [path] : [];
    });
}

function resolveRelative(fromFile: string, specifier: string): string | null {
  const base = join(dirname(fromFile), specifier);
  for (const suffix of CANDIDATE_SUFFIXES) {
    const path = base + suffix;
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  return null;
}

/** `import type`, `export type`, or names that are all marked `type`: erased from the build. */
function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return true;
    const clause = node.exportClause;
    return clause !== undefined && ts.isNamedExports(clause) && allTypes(clause.elements);
  }
  const clause = node.importClause;
  if (clause === undefined) return false; // `import "./x"` runs the module
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return (
    clause.name === undefined &&
    named !== undefined &&
    ts.isNamedImports(named) &&
    allTypes(named.elements)
  );
}

function allTypes(elements: ts.NodeArray<ts.ImportSpecifier | ts.ExportSpecifier>): boolean {
  return elements.length > 0 && elements.every((element) => element.isTypeOnly);
}

/** The specifiers of a source text, with whether each is erased (type-only). */
function specifiersOf(fileName: string, text: string): { specifier: string; typeOnly: boolean }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: isTypeOnly(node) });
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require")) &&
      node.arguments.length === 1 &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The imports of every TypeScript file under a folder: declarations, re-exports, `import()`,
 * `require()` and `import("…")` types, each resolved to a file or named as a package.
 *
 * @param root The repository root.
 * @param folder The folder to read, relative to the root (`src`).
 * @returns One entry per import, file by file in path order.
 * @throws When a relative import names no file: the rules could not judge it.
 */
export function sourceImports(root: string, folder: string): SourceImport[] {
  const fromRoot = (path: string) => relative(root, path).split(sep).join("/");
  return sourceFiles(join(root, folder)).flatMap((path) =>
    specifiersOf(path, readFileSync(path, "utf8")).map(({ specifier, typeOnly }) => {
      if (!specifier.startsWith(".")) {
        return { file: fromRoot(path), specifier, target: null, typeOnly };
      }
      const target = resolveRelative(path, specifier);
      if (target === null) throw new Error(`${fromRoot(path)}: no file for "${specifier}"`);
      return { file: fromRoot(path), specifier, target: fromRoot(target), typeOnly };
    }),
  );
}
