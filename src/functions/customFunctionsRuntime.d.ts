// The part of the custom functions runtime (office.js) this code uses. The build appends
// `CustomFunctions.associate(...)` to functions.ts, and ts-loader type-checks that line.
declare namespace CustomFunctions {
  /** Binds a function id from functions.json to its implementation. */
  function associate(id: string, implementation: (...args: never[]) => unknown): void;
}
