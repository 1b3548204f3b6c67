const BYTE_VALUES = 256;

/**
 * The indexes of `values` in ascending order of value, equal values in index order: a radix
 * sort on the bits of the doubles, eight passes of one byte each. It runs for every cell of the
 * composite, a thousand schools in a region and forty thousand in a country, where a sort with
 * a comparator or a binary search per value cost several times as much.
 *
 * @param values Finite numbers (−0 comes before 0, as in a sorted Float64Array).
 */
export function ascendingOrder(values: ArrayLike<number>): Uint32Array {
  const n = values.length;
  if (n === 0) return new Uint32Array(0);
  const doubles = Float64Array.from(values);
  // The bits of each double as two words (low, high), turned so that they compare as unsigned
  // integers in the order of the numbers: negatives have every bit flipped, positives the sign.
  const words = new Uint32Array(doubles.buffer);
  for (let i = 0; i < n; i++) {
    const high = words[2 * i + 1];
    if (high >>> 31 === 1) {
      words[2 * i + 1] = ~high;
      words[2 * i] = ~words[2 * i];
    } else words[2 * i + 1] = high | 0x80000000;
  }
  let order = new Uint32Array(n);
  let spare = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const starts = new Uint32Array(BYTE_VALUES);
  for (let pass = 0; pass < 8; pass++) {
    const word = pass >> 2; // the low word first: least significant byte first
    const shift = (pass & 3) * 8;
    starts.fill(0);
    for (let i = 0; i < n; i++) starts[(words[2 * i + word] >>> shift) & 0xff]++;
    if (starts[(words[word] >>> shift) & 0xff] === n) continue; // one byte value
    let sum = 0;
    for (let b = 0; b < BYTE_VALUES; b++) {
      const size = starts[b];
      starts[b] = sum;
      sum += size;
    }
    for (let i = 0; i < n; i++) {
      const k = order[i];
      spare[starts[(words[2 * k + word] >>> shift) & 0xff]++] = k;
    }
    [order, spare] = [spare, order];
  }
  return order;
}
