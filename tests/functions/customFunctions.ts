// The custom functions runtime as Excel's shared runtime provides it (CustomFunctionsRuntime
// 1.2), so that the functions throw the errors a cell would show. Import before the functions.

/** An error a custom function returns to its cell: the code Excel shows and the message. */
export class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

Object.assign(globalThis, {
  CustomFunctions: {
    Error: ExcelError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  },
});

/** The Excel error a call ends in; fails the test when the call gives a value instead. */
export function excelError(call: () => unknown): { code: string; message: string } {
  try {
    const value = call();
    throw new Error(`expected an Excel error, got ${JSON.stringify(value)}`);
  } catch (error) {
    if (!(error instanceof ExcelError)) throw error;
    return { code: error.code, message: error.message ?? "" };
  }
}

/** A row as Excel passes a one-row range. */
export const row = (...cells: unknown[]): unknown[][] => [cells];

/** A column as Excel passes a one-column range. */
export const column = (...cells: unknown[]): unknown[][] => cells.map((c) => [c]);
