import { join } from "node:path";
import ts from "typescript";
import { importCycles } from "./importCycles";
import { LAYER_RULES, layerViolations } from "./layerViolations";
import { pureCompileProblems } from "./pureCompileProblems";
import { sourceImports, type SourceImport } from "./sourceImports";

const ROOT = join(__dirname, "../..");
const SRC_IMPORTS = sourceImports(ROOT, "src");

function anImport(file: string, specifier: string, target: string | null): SourceImport {
  return { file, specifier, target, typeOnly: false };
}

function breaking(edge: SourceImport, ...names: string[]): string[] {
  return LAYER_RULES.filter((rule) => names.includes(rule.name)).map(
    ({ rule }) => `${edge.file} imports "${edge.specifier}": breaks «${rule}»`,
  );
}

describe("the layers of src/ (STYLE.md: engine ← front ends; taskpane → excel)", () => {
  it("reads every import of src/: relative, package and Node ones, resolved to files", () => {
    expect(new Set(SRC_IMPORTS.map((edge) => edge.file)).size).toBeGreaterThan(100);
    expect(SRC_IMPORTS).toContainEqual(
      anImport("src/taskpane/App.tsx", "../engine", "src/engine/index.ts"),
    );
    expect(SRC_IMPORTS).toContainEqual(anImport("src/cli/main.ts", "child_process", null));
    expect(SRC_IMPORTS).toContainEqual({
      file: "src/engine/types.ts",
      specifier: "./PackedRows",
      target: "src/engine/PackedRows.ts",
      typeOnly: true,
    });
  });

  it("keeps every import under src/ within the layer rules", () => {
    expect(layerViolations(SRC_IMPORTS)).toEqual([]);
  });

  it.each([
    [
      "the engine imports a front end",
      "src/engine/analyze.ts",
      "../excel/readWorkbook",
      "src/excel/readWorkbook.ts",
      ["direction", "pure engine"],
    ],
    ["the engine imports React", "src/engine/analyze.ts", "react", null, ["pure engine"]],
    ["the engine imports fs", "src/engine/read/readSchools.ts", "node:fs", null, ["pure engine"]],
    [
      "the engine imports data outside src",
      "src/engine/settings.ts",
      "../../assets/template.json",
      "assets/template.json",
      ["pure engine"],
    ],
    [
      "a front end reaches past the engine's surface",
      "src/excel/officeHelpers.ts",
      "../engine/settings",
      "src/engine/settings.ts",
      ["engine surface"],
    ],
    [
      "the CLI imports the pane",
      "src/cli/main.ts",
      "../taskpane/todayIso",
      "src/taskpane/todayIso.ts",
      ["direction"],
    ],
    [
      "Office.js code imports the pane",
      "src/excel/runExcel.ts",
      "../taskpane/messages",
      "src/taskpane/messages.ts",
      ["direction"],
    ],
    [
      "a custom function imports the Office.js adapters",
      "src/functions/functions.ts",
      "../excel/a1Address",
      "src/excel/a1Address.ts",
      ["direction"],
    ],
    [
      "the pane imports the CLI",
      "src/taskpane/App.tsx",
      "../cli/summary",
      "src/cli/summary.ts",
      ["direction"],
    ],
  ])(
    "fails when %s, naming the file, the import and the rule",
    (_, file, specifier, target, names) => {
      const edge = anImport(file, specifier, target);
      expect(layerViolations([edge])).toEqual(breaking(edge, ...names));
    },
  );

  it.each([
    [
      "the pane imports the Office.js adapters",
      "src/taskpane/App.tsx",
      "../excel/runExcel",
      "src/excel/runExcel.ts",
    ],
    [
      "Office.js code imports the engine's surface",
      "src/excel/planReport.ts",
      "../engine",
      "src/engine/index.ts",
    ],
    [
      "the engine imports its own files",
      "src/engine/analyze.ts",
      "./read/readSchools",
      "src/engine/read/readSchools.ts",
    ],
    ["a front end imports a package", "src/cli/renderXlsx.ts", "exceljs", null],
  ])("allows it when %s", (_, file, specifier, target) => {
    expect(layerViolations([anImport(file, specifier, target)])).toEqual([]);
  });

  it("compiles the engine with the ECMAScript library alone: no Office, Excel, DOM or Node global", () => {
    const engine = ts.sys.readDirectory(join(ROOT, "src/engine"), [".ts", ".tsx"]);
    expect(engine.length).toBeGreaterThan(100);
    expect(pureCompileProblems(ROOT, engine)).toEqual([]);
  });

  it("fails to compile engine code that uses document, Excel, CustomFunctions, process or fs", () => {
    const fake = join(ROOT, "src/engine/usesGlobals.ts");
    const source = [
      'import { readFileSync } from "fs";',
      "export const title = document.title;",
      "export const run = Excel.run;",
      "export const associate = CustomFunctions.associate;",
      "export const home = process.env.HOME;",
      "export const read = readFileSync;",
    ].join("\n");
    const problems = pureCompileProblems(ROOT, [fake], new Map([[fake, source]]));
    expect(problems.map((problem) => problem.split(":")[1])).toEqual(["1", "2", "3", "4", "5"]);
    expect(problems.every((problem) => problem.startsWith("src/engine/usesGlobals.ts:"))).toBe(
      true,
    );
  });

  it("has no import cycle among src/engine's files, type-only imports included", () => {
    const engine = SRC_IMPORTS.filter((edge) => edge.file.startsWith("src/engine/"));
    expect(importCycles(engine)).toEqual([]);
  });

  it("finds a cycle of three files, and one of type-only imports", () => {
    const cycles = importCycles([
      anImport("src/engine/a.ts", "./b", "src/engine/b.ts"),
      anImport("src/engine/b.ts", "./c", "src/engine/c.ts"),
      anImport("src/engine/c.ts", "./a", "src/engine/a.ts"),
      anImport("src/engine/c.ts", "./d", "src/engine/d.ts"),
      { ...anImport("src/engine/e.ts", "./f", "src/engine/f.ts"), typeOnly: true },
      { ...anImport("src/engine/f.ts", "./e", "src/engine/e.ts"), typeOnly: true },
    ]);
    expect(cycles).toEqual([
      ["src/engine/a.ts", "src/engine/b.ts", "src/engine/c.ts"],
      ["src/engine/e.ts", "src/engine/f.ts"],
    ]);
  });
});
