/** The A1 address of a 0-based row and column: (0, 0) → `A1`. */
export function cellAddress(row: number, col: number): string {
  let letters = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) {
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  }
  return letters + (row + 1);
}
