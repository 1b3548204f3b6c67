/**
 * The answer of a worksheet formula (SPEC 7), or why there is none: `value` for bad input
 * (#VALUE! in Excel) and `na` for missing data or an unmatched lookup (#N/A). Never a number
 * that the data do not support.
 */
export type FormulaOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: "value" | "na"; readonly message: string };

/** A formula's answer. */
export function answer<T>(value: T): FormulaOutcome<T> {
  return { ok: true, value };
}

/** Bad input: a value of the wrong kind or out of range (#VALUE!). */
export function badInput(message: string): FormulaOutcome<never> {
  return { ok: false, error: "value", message };
}

/** No data to answer from, «нет данных» (#N/A). */
export function noData(message: string): FormulaOutcome<never> {
  return { ok: false, error: "na", message };
}
