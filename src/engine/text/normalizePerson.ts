import { fixLookalikes } from "./fixLookalikes";

/** The key of a person's ФИО (DECISIONS A-43): NFKC, `ё`→`е`, look-alikes, spaces, upper case. */
// A ФИО in Cyrillic letters, spaces, dots and hyphens needs no NFKC or look-alike fixing.
const PLAIN_FIO = /^[\u0401\u0410-\u044f\u0451 .\-]*$/;

export function normalizePerson(fio: string): string {
  if (PLAIN_FIO.test(fio)) return fio.replace(/[ёЁ]/g, (c) => (c === "ё" ? "е" : "Е")).replace(/ +/g, " ").trim().toUpperCase();
  return fixLookalikes(fio.normalize("NFKC").replace(/[ёЁ]/g, (c) => (c === "ё" ? "е" : "Е")))
    .replace(/\s+/g, " ")
    .trim()
    .toUpperCase();
}
