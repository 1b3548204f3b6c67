import { ProblemLog } from "../read/ProblemLog";
import { readSchools } from "../read/readSchools";

const NAMELESS = "школа"; // a bare «школа» has grade 10 (DECISIONS A-10)
// The level decides alone when it is given, so answers are kept by level, else by name.
const byLevel = new Map<string, boolean>();
const byName = new Map<string, boolean>();
const CACHE_LIMIT = 4096;

/**
 * Whether a school teaches grade 10, decided by readSchools from its level and name exactly as
 * for a row of the ОО sheet (DECISIONS A-10). Remembered per level, or per name without one.
 */
export function hasGradeTen(level: string | null, name: string | null): boolean {
  const memo = level !== null ? byLevel : byName;
  const key = level ?? name ?? NAMELESS;
  let known = memo.get(key);
  if (known === undefined) {
    const sheet = {
      name: "ОО",
      rows: [
        ["Наименование ОО", "Уровень"],
        [name ?? NAMELESS, level],
      ],
    };
    const outcome = readSchools(sheet, new ProblemLog());
    known =
      outcome.kind === "ok" && outcome.schools.length === 1 ? outcome.schools[0].hasGrade10 : true;
    if (memo.size >= CACHE_LIMIT) memo.clear();
    memo.set(key, known);
  }
  return known;
}
