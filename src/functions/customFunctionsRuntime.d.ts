// The part of the custom functions runtime (office.js) this code uses. The build appends
// `CustomFunctions.associate(...)` to functions.ts, and ts-loader type-checks that line.
declare namespace CustomFunctions {
  /** Binds a function id from functions.json to its implementation. */
  function associate(id: string, implementation: (...args: never[]) => unknown): void;

  /** The Excel errors a function may return; #VALUE! and #N/A carry a message (runtime 1.2). */
  enum ErrorCode {
    invalidValue = "#VALUE!",
    notAvailable = "#N/A",
  }

  /** An error shown in the cell, with the message in the cell's error menu. */
  class Error {
    constructor(code: ErrorCode, message?: string);
    readonly code: ErrorCode;
    readonly message?: string;
  }
}
