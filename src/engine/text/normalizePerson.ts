import { fixLookalikes } from "./fixLookalikes";

/**
 * The key of a person's ФИО (DECISIONS A-43): NFKC, `ё`→`е`, look-alikes, spaces, upper case.
 * The reader's hot path is `personKey`, which calls this only for unusual ФИО.
 */
export function normalizePerson(fio: string): string {
  return fixLookalikes(fio.normalize("NFKC").replace(/[ёЁ]/g, (c) => (c === "ё" ? "е" : "Е")))
    .replace(/\s+/g, " ")
    .trim()
    .toUpperCase();
}
