import { fixLookalikes } from "./fixLookalikes";

// What a scan of a ФИО finds (bits): `ё` or `Ё`; extra spaces; a character other than Cyrillic
// letters, spaces, dots and hyphens, which needs NFKC and look-alike fixing.
const YO = 1;
const SPACES = 2;
const OTHER = 4;

/** The key of a person's ФИО (DECISIONS A-43): NFKC, `ё`→`е`, look-alikes, spaces, upper case. */
export function normalizePerson(fio: string): string {
  // Runs once per teacher: one scan of the characters replaces a regex test and most replaces.
  const found = scan(fio);
  if (found & OTHER) {
    return fixLookalikes(fio.normalize("NFKC").replace(/[ёЁ]/g, (c) => (c === "ё" ? "е" : "Е")))
      .replace(/\s+/g, " ")
      .trim()
      .toUpperCase();
  }
  let key = fio.toUpperCase();
  if (found & YO) key = key.replaceAll("Ё", "Е"); // `ё` is `Ё` in upper case
  if (found & SPACES) key = key.replace(/ +/g, " ").trim();
  return key;
}

function scan(fio: string): number {
  const n = fio.length;
  let found = n > 0 && (fio.charCodeAt(0) === 32 || fio.charCodeAt(n - 1) === 32) ? SPACES : 0;
  for (let i = 0; i < n; i++) {
    const c = fio.charCodeAt(i);
    if (c >= 0x410 && c <= 0x44f) continue; // А…я
    if (c === 0x401 || c === 0x451)
      found |= YO; // Ё, ё
    else if (c === 32) {
      if (fio.charCodeAt(i + 1) === 32) found |= SPACES;
    } else if (c !== 46 && c !== 45) return OTHER; // neither "." nor "-"
  }
  return found;
}
