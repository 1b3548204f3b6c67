import { SCHOOL_COLUMNS } from "./schema/SCHOOL_COLUMNS";
import { NO_CELLS, type SchoolRecord } from "./SchoolRecord";

/** A record being filled in by a reader: every field present, any of them writable by key. */
export type SchoolDraft = { -readonly [K in keyof SchoolRecord]: SchoolRecord[K] } & Record<
  string,
  unknown
>;

const NO_SOCIAL: SchoolRecord["social"] = Object.freeze({});
// Most sheets give no risk levels: one empty map serves them all, not one per school.
const NO_LEVELS: SchoolRecord["riskLevels"] = new Map();

// One object with every field, each already holding values of every kind, so that V8 gives
// its copies one stable shape. Records built key by key from the schema took a slow
// dictionary shape and several hidden classes: a country's run took 1 s and 130 MB more.
const TEMPLATE = makeTemplate();

function makeTemplate(): SchoolDraft {
  const fields: Record<string, unknown> = {};
  for (const { key } of SCHOOL_COLUMNS) fields[key] = null;
  const template: Record<string, unknown> = {
    ...fields,
    index: 0,
    row: 0,
    hasGrade10: true,
    social: NO_SOCIAL,
    riskLevels: NO_LEVELS,
    cells: NO_CELLS,
  };
  for (const key of Object.keys(template)) {
    const value = template[key];
    template[key] = 0.5;
    template[key] = "";
    template[key] = value;
  }
  return template as SchoolDraft;
}

/**
 * A school record with nothing known yet: every column missing (null), grade 10 assumed
 * (DECISIONS A-10), no social inputs, risk levels or source cells. Both readers of a school,
 * the ОО sheet's and a formula row's, fill in a copy of it.
 */
export function newSchoolRecord(): SchoolDraft {
  return { ...TEMPLATE };
}
