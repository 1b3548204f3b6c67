// ESLint checks what Prettier cannot see: promises left floating or handed to a callback that
// ignores them, Office.js misuse (eslint-plugin-office-addins) and JavaScript's own pitfalls.
// Formatting is Prettier's alone, so no style rule belongs here.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

// The plugin's recommended config also brings its own parser and prettier/prettier; only its
// Office.js rules are taken, at the levels it recommends.
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([rule]) => rule.startsWith("office-addins/")),
);

export default defineConfig(
  globalIgnores([
    "dist/",
    "out/",
    "coverage/",
    ".bench/",
    "bench/results/",
    "tests/e2e/artifacts/",
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `const { asOf: _asOf, ...rest } = parsed` is how a property is left out of a copy.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
    },
  },
  {
    // The rules recognise Office.js by the shape of the code, so they run only where Office.js
    // is called: on ExcelJS code (the CLI, its tests) `cell.value` would read as a proxy.
    files: ["src/excel/**", "src/taskpane/**", "src/functions/**"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules,
  },
  {
    // `.dataBar` and `.textComparison` are navigation properties written through, not read;
    // the rule takes them for reads. To go when the file is next rewritten.
    files: ["src/excel/queueConditionalFormat.ts"],
    rules: { "office-addins/load-object-before-read": "off" },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { globals: globals.node },
  },
);
