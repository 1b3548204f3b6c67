/** A column of numbers as long as a sheet: typed for a region, plain for a country. */
export type NumberColumn = Float64Array | number[];

// About a quarter of a million rows: 2 MB a column, ten columns to a table.
const LONGEST_TYPED = 2 ** 18;

/**
 * A column of `length` numbers, all `fill`. Up to {@link LONGEST_TYPED} it is a typed array,
 * the fastest to make and to read. Longer ones are plain arrays: V8 counts a typed array's memory
 * as external, and a country's columns went past the external limit at which it collects the
 * whole heap at once, the input workbook included, for about half a second each time; a plain
 * array counts towards the heap's own limit, which grows with the heap.
 */
export function filledColumn(length: number, fill: number): NumberColumn {
  if (length <= LONGEST_TYPED) return new Float64Array(length).fill(fill);
  // Starting from a one-element array of the fill value keeps V8 from making an array of holes
  // first and converting it to numbers (twice the memory and time for a million rows).
  const column = [fill];
  column.length = length;
  return column.fill(fill);
}

/** A longer column: the values of `column`, then `fill` up to `length`. */
export function widenedColumn(column: NumberColumn, length: number, fill: number): NumberColumn {
  const wider = filledColumn(length, fill);
  for (let i = 0; i < column.length; i++) wider[i] = column[i];
  return wider;
}
