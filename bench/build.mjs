// Bundles the benchmarks as the add-in's code is shipped (compiled, no per-function name
// helpers that a TypeScript runner adds), so the figures are those of the real code.
import { build } from "esbuild";

await build({
  entryPoints: [
    "bench/run.ts",
    "bench/measureCountry.ts",
    "bench/measureRegion.ts",
    "bench/writerBench.ts",
  ],
  outdir: ".bench",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
