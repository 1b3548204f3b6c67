import type { SchoolResult } from "../engine";
import type { BadgeKind } from "./components/StatusBadge";

/** The status filter of «Результаты»: every school, a status, or the ШНСУ flag. */
export type StatusFilter = "all" | BadgeKind;

const squeeze = (text: string) =>
  text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\s«»"“”„'№]/g, "");

/**
 * Whether a school passes the filters: «сош 10» finds «МБОУ «СОШ №10» ИГОСК», since case,
 * quotes, spaces and № are ignored.
 *
 * @param school The school's results.
 * @param filter The status filter.
 * @param query The search text; empty matches every name.
 */
export function schoolMatches(school: SchoolResult, filter: StatusFilter, query: string): boolean {
  if (filter === "shnsu" ? school.shnsu !== true : filter !== "all" && school.status !== filter) {
    return false;
  }
  const wanted = squeeze(query);
  return wanted === "" || squeeze(school.name).includes(wanted);
}
