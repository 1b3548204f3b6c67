/** The columns of the three export layouts the reader knows. */
export type FisokoColumn =
  | "group"
  | "orgCount"
  | "participants"
  | "mark2"
  | "mark3"
  | "mark4"
  | "mark5"
  | "loweredCount"
  | "lowered"
  | "confirmedCount"
  | "confirmed"
  | "raisedCount"
  | "raised"
  | "year"
  | "login"
  | "municipality"
  | "school"
  | "markerCount";

/** One column: its key, the test on the header's comparison form (`fisokoText`), its name. */
export interface FisokoColumnRule {
  readonly key: FisokoColumn;
  readonly test: RegExp;
  /** How the column is named in messages about it. */
  readonly label: string;
}

const COUNT = "(кол во|количество|число)";
// The comparison columns come as «… %» and «… Кол-во участников», with «Отметка», «Отметке»
// or «Отм.» and `<`, `‹`, `=`, `>` in the brackets: the verb and the count words decide.
const COUNT_PART = `.*(${COUNT}|участник)`;

/**
 * The header rules in order: the first that matches names the column (count columns of the
 * comparison come before their share columns). Adding a column is one entry.
 */
export const FISOKO_COLUMNS: readonly FisokoColumnRule[] = [
  { key: "group", test: /^групп[аы]? участников$/, label: "Группы участников" },
  { key: "orgCount", test: new RegExp(`^${COUNT} оо$`), label: "Кол-во ОО" },
  {
    key: "participants",
    test: new RegExp(`^${COUNT} участников( всего)?$`),
    label: "Кол-во участников",
  },
  { key: "mark2", test: /^(отметка )?2$/, label: "2" },
  { key: "mark3", test: /^(отметка )?3$/, label: "3" },
  { key: "mark4", test: /^(отметка )?4$/, label: "4" },
  { key: "mark5", test: /^(отметка )?5$/, label: "5" },
  { key: "loweredCount", test: new RegExp(`понизил${COUNT_PART}`), label: "Понизили, кол-во" },
  { key: "lowered", test: /понизил/, label: "Понизили (Отметка < Отметка по журналу) %" },
  {
    key: "confirmedCount",
    test: new RegExp(`подтвердил${COUNT_PART}`),
    label: "Подтвердили, кол-во",
  },
  { key: "confirmed", test: /подтвердил/, label: "Подтвердили (Отметка = Отметке по журналу) %" },
  { key: "raisedCount", test: new RegExp(`повысил${COUNT_PART}`), label: "Повысили, кол-во" },
  { key: "raised", test: /повысил/, label: "Повысили (Отметка > Отметка по журналу) %" },
  { key: "year", test: /^(учебный )?год$/, label: "Год" },
  { key: "login", test: /^(логин( фис око)?|код фис око)$/, label: "Логин" },
  {
    key: "municipality",
    test: /^(муниципалитет|муниципальное образование|мо|муниципальный район|район|ато)$/,
    label: "Муниципалитет",
  },
  {
    key: "school",
    test: /^(оо|наименование оо|образовательная организация|наименование|школа)$/,
    label: "ОО",
  },
  { key: "markerCount", test: new RegExp(`^${COUNT} маркеров$`), label: "Количество маркеров" },
];

/**
 * The column a header names.
 *
 * @param text The header in its comparison form (`fisokoText`).
 * @returns The rule, or undefined for a header the reader does not use.
 */
export function fisokoColumn(text: string): FisokoColumnRule | undefined {
  return FISOKO_COLUMNS.find((rule) => rule.test.test(text));
}
