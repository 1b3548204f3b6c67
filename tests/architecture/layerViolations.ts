import type { SourceImport } from "./sourceImports";

/** The folders of `src/`, each a layer (STYLE.md, «Layout»). */
const LAYERS = ["engine", "functions", "excel", "cli", "taskpane"] as const;
type Layer = (typeof LAYERS)[number];

/** The other layers each layer may import: `engine` ← front ends, `taskpane` → `excel`. */
const MAY_IMPORT: Readonly<Record<Layer, readonly Layer[]>> = {
  engine: [],
  functions: ["engine"],
  excel: ["engine"],
  cli: ["engine"],
  taskpane: ["engine", "excel"],
};

const ENGINE_SURFACE = "src/engine/index.ts";

function layerOf(path: string | null): Layer | null {
  const match = path === null ? null : /^src\/([^/]+)\//.exec(path);
  return LAYERS.find((layer) => layer === match?.[1]) ?? null;
}

/** One rule of the layers: what it forbids, in STYLE.md's words. */
interface LayerRule {
  readonly name: "direction" | "pure engine" | "engine surface";
  readonly rule: string;
  readonly breaks: (from: Layer, to: Layer | null, edge: SourceImport) => boolean;
}

/** The rules every import under `src/` keeps. */
export const LAYER_RULES: readonly LayerRule[] = [
  {
    name: "direction",
    rule: "dependency direction: engine ← {functions, excel, cli, taskpane}; taskpane → excel; nothing imports cli or taskpane",
    breaks: (from, to) => to !== null && to !== from && !MAY_IMPORT[from].includes(to),
  },
  {
    name: "pure engine",
    rule: "the engine is pure: it imports only its own files (no Office, Excel, CustomFunctions, DOM, React, fs, path, process or other Node built-in, no package)",
    breaks: (from, to) => from === "engine" && to !== "engine",
  },
  {
    name: "engine surface",
    rule: "front ends import the engine only through its public surface, src/engine/index.ts",
    breaks: (from, to, edge) =>
      from !== "engine" && to === "engine" && edge.target !== ENGINE_SURFACE,
  },
];

/**
 * The imports that break a layer rule, each as a sentence naming the file, the import and the
 * rule.
 *
 * @param imports Imports of files under `src/`; files outside a layer are not judged.
 * @returns One line per broken rule, empty when the layers hold.
 */
export function layerViolations(imports: readonly SourceImport[]): string[] {
  return imports.flatMap((edge) => {
    const from = layerOf(edge.file);
    if (from === null) return [];
    const to = layerOf(edge.target);
    return LAYER_RULES.filter(({ breaks }) => breaks(from, to, edge)).map(
      ({ rule }) => `${edge.file} imports "${edge.specifier}": breaks «${rule}»`,
    );
  });
}
