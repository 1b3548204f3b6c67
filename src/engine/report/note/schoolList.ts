import { countOf } from "../../format/plural";

/** How many items prose names before it refers the reader to a sheet: a note stays readable. */
export const LISTED_IN_PROSE = 25;

/**
 * Items joined for prose: «А», «А и Б», «А, Б и В»; past `max` items the rest is counted
 * («… и ещё 12 школ»), since a region's list would not fit a paragraph or an Excel cell.
 */
export function schoolList(
  names: readonly string[],
  max = LISTED_IN_PROSE,
  noun: [string, string, string] = ["школа", "школы", "школ"],
): string {
  if (names.length > max)
    return `${names.slice(0, max).join(", ")} и ещё ${countOf(names.length - max, ...noun)}`;
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} и ${names[names.length - 1]}`;
}
