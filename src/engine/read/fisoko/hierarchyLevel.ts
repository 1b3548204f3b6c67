import { fisokoText } from "./fisokoText";

/** The levels of the rows of an export, from the top. */
export type HierarchyLevel = "total" | "region" | "municipality" | "school";

/** What is known of a row besides its name. */
export interface LevelClues {
  /** The ФИС ОКО code glued to the name, lower case. */
  readonly code: string | null;
  /** Whether «Кол-во ОО» is empty; null when the layout has no such column. */
  readonly orgCountBlank: boolean | null;
  /** Whether a region row has been read since the top of the table. */
  readonly regionSeen: boolean;
}

const SCHOOL_WORDS =
  /(школ|сош|оош|нош|гимнази|лице[йя]|кадет|интернат|образовательн|учреждени|центр образования|(^| )[а-я]*оу( |$))/;
const REGION_WORDS = /(республик|край|област|автономн|^москва$|^санкт петербург$|^севастополь$)/;
const MUNICIPALITY_WORDS = /(район|округ|муниципал|^город |^г )/;

/**
 * The rules in order; the first that answers decides. A code is the surest clue, then an empty
 * «Кол-во ОО» (a school counts no schools), then the words of the name.
 */
const RULES: readonly ((text: string, clues: LevelClues) => HierarchyLevel | null)[] = [
  (text) => (text === "вся выборка" ? "total" : null),
  (_, { code }) => (code === null ? null : codeLevel(code)),
  (_, { orgCountBlank }) => (orgCountBlank === true ? "school" : null),
  // With «Кол-во ОО» filled in, the row counts schools: it is never a school itself.
  (text, { orgCountBlank }) =>
    orgCountBlank === null && SCHOOL_WORDS.test(text) ? "school" : null,
  (text) => (REGION_WORDS.test(text) ? "region" : null),
  (text) => (MUNICIPALITY_WORDS.test(text) ? "municipality" : null),
];

function codeLevel(code: string): HierarchyLevel | null {
  if (/^(edu|sch)\d+$/.test(code)) return "school";
  if (/_m\d+$/.test(code)) return "municipality";
  if (/^reg\d+$/.test(code)) return "region";
  return null;
}

/**
 * The level of a row of «Статистика по отметкам» or «Сравнение отметок с отметками по
 * журналу»: Вся выборка → region → municipality → school.
 *
 * @param name The name without its code.
 * @param clues The code, «Кол-во ОО» and what was read above.
 */
export function hierarchyLevel(name: string, clues: LevelClues): HierarchyLevel {
  const text = fisokoText(name);
  for (const rule of RULES) {
    const level = rule(text, clues);
    if (level !== null) return level;
  }
  // A name that says nothing: the first level under the top is a region, then municipalities.
  return clues.regionSeen ? "municipality" : "region";
}
