const EMPTY = -1;
const SMALLEST_BLOCK = 16;
// A first block never larger than this, so that one school of thousands of rows does not give
// every later school a block of its size.
const LARGEST_FIRST_BLOCK = 256;

/**
 * Per school, a small open-addressing hash of whole-number keys to row indexes, all schools'
 * tables in one typed pool. A school's rows come one after another, so its table stays in the
 * cache while they are read (one hash over all rows missed it on nearly every row of a
 * country), and nothing is allocated per row (a Map per school grew entry by entry).
 */
export class SchoolIndex {
  private start = new Int32Array(16).fill(EMPTY);
  private size = new Int32Array(16);
  private count = new Int32Array(16);
  private keys: Int32Array;
  private values: Int32Array;
  private end = 0;
  // Schools have about as many rows as each other: a school's first block is as large as the
  // last school's, so that most schools never move to a larger one.
  private firstBlock = SMALLEST_BLOCK;

  /** @param expected About how many keys will be added, to size the pool once. */
  constructor(expected: number) {
    // Blocks are filled to three quarters and have a power-of-two size: twice the keys is room.
    const pool = Math.max(SMALLEST_BLOCK * 4, expected * 2);
    this.keys = new Int32Array(pool);
    this.values = new Int32Array(pool).fill(EMPTY);
  }

  /** The value of a school's key, or -1. */
  get(school: number, key: number): number {
    if (school >= this.start.length || this.start[school] === EMPTY) return EMPTY;
    return this.values[this.probe(this.start[school], this.size[school], key)];
  }

  /**
   * Adds a school's key with its value unless the key is there already.
   *
   * @returns The value already there, or -1 when this one was added.
   */
  add(school: number, key: number, value: number): number {
    if (school >= this.start.length) this.growSchools(school);
    if (this.start[school] === EMPTY) this.allocate(school, this.firstBlock);
    let at = this.probe(this.start[school], this.size[school], key);
    if (this.values[at] !== EMPTY) return this.values[at];
    if ((this.count[school] + 1) * 4 > this.size[school] * 3) {
      this.rehash(school);
      at = this.probe(this.start[school], this.size[school], key);
    }
    this.keys[at] = key;
    this.values[at] = value;
    this.count[school]++;
    return EMPTY;
  }

  /** The position of a key in a block: where it is, or the empty place where it would go. */
  private probe(start: number, size: number, key: number): number {
    const mask = size - 1;
    // Fibonacci hashing: keys that differ in series or year spread over the block.
    let i = (Math.imul(key, 0x9e3779b1) >>> 16) & mask;
    while (this.values[start + i] !== EMPTY && this.keys[start + i] !== key) i = (i + 1) & mask;
    return start + i;
  }

  /** Gives a school a fresh empty block of `size` places at the end of the pool. */
  private allocate(school: number, size: number): void {
    if (this.end + size > this.keys.length) {
      const length = Math.max(this.keys.length * 2, this.end + size);
      const keys = new Int32Array(length);
      keys.set(this.keys);
      const values = new Int32Array(length).fill(EMPTY);
      values.set(this.values);
      this.keys = keys;
      this.values = values;
    }
    this.start[school] = this.end;
    this.size[school] = size;
    this.end += size;
  }

  /** Moves a school's keys to a block twice as large; the old block is left unused. */
  private rehash(school: number): void {
    const from = this.start[school];
    const to = from + this.size[school];
    this.allocate(school, this.size[school] * 2);
    this.firstBlock = Math.min(Math.max(this.firstBlock, this.size[school]), LARGEST_FIRST_BLOCK);
    for (let i = from; i < to; i++) {
      if (this.values[i] === EMPTY) continue;
      const at = this.probe(this.start[school], this.size[school], this.keys[i]);
      this.keys[at] = this.keys[i];
      this.values[at] = this.values[i];
    }
  }

  private growSchools(school: number): void {
    let length = this.start.length;
    while (length <= school) length *= 2;
    const widen = (a: Int32Array, fill: number) => {
      const wider = new Int32Array(length).fill(fill);
      wider.set(a);
      return wider;
    };
    this.start = widen(this.start, EMPTY);
    this.size = widen(this.size, 0);
    this.count = widen(this.count, 0);
  }
}
