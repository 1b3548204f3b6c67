import { SOCIAL_INPUTS, type SocialInput } from "../isbsh/socialInputs";
import { messages } from "../messages";
import { parseRiskLevel } from "../risks/parseRiskLevel";
import { RISK_FACTORS } from "../risks/riskFactors";
import { normalizeName } from "../text/normalizeName";
import { hasGrade10 } from "../status/hasGrade10";
import type { Mutable, RiskLevel, SheetInput } from "../types";
import { FieldReader } from "./FieldReader";
import type { RowCells, SchoolRecord, SourceCell } from "./SchoolRecord";
import { parseNumber } from "./parseValue";
import type { ProblemLog } from "./ProblemLog";
import { readShareColumn } from "./readShareColumn";
import { dataRows, readTable } from "./readTable";

// Declared apart, so that the risk factors can name a school without importing this reader.
export type { RowCells, SchoolRecord, SourceCell } from "./SchoolRecord";

/**
 * A row's cells made when a rule cites one: building a dozen addresses for every school cost a
 * country 40 000 rows' worth of objects that lived through the whole run, few of them ever cited.
 */
class SheetRowCells implements RowCells {
  constructor(
    private readonly reader: FieldReader,
    private readonly row: number,
  ) {}

  cell(key: string): SourceCell | undefined {
    const cell = this.reader.address(this.row, key);
    return cell === null ? undefined : { sheet: this.reader.sheetName, cell };
  }
}

/** The cells of a school that has no sheet row (a formula's figures). */
export const NO_CELLS: RowCells = { cell: () => undefined };

export type SchoolsOutcome =
  | {
      readonly kind: "ok";
      readonly schools: SchoolRecord[];
      readonly sheetName: string;
      /** Each school's normalized name, for the matcher: normalizing twice cost time. */
      readonly normalizedNames: string[];
    }
  | { readonly kind: "unreadable"; readonly message: string };

const NO_SOCIAL: SchoolRecord["social"] = Object.freeze({});
// Most sheets give no risk levels: one empty map serves them all, not one per school.
const NO_LEVELS: SchoolRecord["riskLevels"] = new Map();

/**
 * Reads the ОО sheet: one record per school in sheet order; duplicates (same id or normalized
 * name) are errors and left out. An unreadable sheet stops the run.
 */
export function readSchools(sheet: SheetInput | undefined, problems: ProblemLog): SchoolsOutcome {
  if (!sheet) return { kind: "unreadable", message: messages.noSchoolsSheet() };
  const table = readTable(sheet, "schools", problems);
  if (!table) return { kind: "unreadable", message: messages.emptySchoolsSheet(sheet.name) };
  if (!table.columns.has("name"))
    return { kind: "unreadable", message: messages.noNameColumn(sheet.name) };
  const reader = new FieldReader(table, problems);
  const seenIds = new Map<string, number>();
  const seenNames = new Map<string, number>();
  const kept: number[] = [];
  const normalizedNames: string[] = [];
  // The social inputs are filled in once all rows are read (a count column is judged as a whole).
  const schools: Mutable<SchoolRecord, "social">[] = [];

  for (const r of dataRows(table)) {
    const name = reader.text(r, "name");
    if (name === null) {
      problems.error(sheet.name, reader.address(r, "name"), "missingName", messages.missingName());
      continue;
    }
    const id = reader.text(r, "id");
    const normalized = normalizeName(name);
    const earlier = (id !== null ? seenIds.get(id) : undefined) ?? seenNames.get(normalized);
    if (earlier !== undefined) {
      problems.error(
        sheet.name,
        reader.address(r, "name"),
        "duplicateSchool",
        messages.duplicateSchool(name, earlier),
      );
      continue;
    }
    if (id !== null) seenIds.set(id, r + 1);
    seenNames.set(normalized, r + 1);

    const students = reader.count(r, "students");
    let grads9 = reader.count(r, "grads9");
    let cont10 = reader.count(r, "cont10");
    if (grads9 !== null && cont10 !== null && cont10 > grads9) {
      problems.error(
        sheet.name,
        reader.address(r, "cont10"),
        "cont10AboveGrads",
        messages.cont10AboveGrads(cont10, grads9),
      );
      cont10 = null;
      grads9 = grads9 ?? null;
    }
    const level = reader.text(r, "level");
    let riskLevels: Map<string, RiskLevel> | null = null;
    for (const factor of RISK_FACTORS) {
      if (!reader.has(factor.code)) continue;
      const level = reader.take(
        r,
        factor.code,
        parseRiskLevel(reader.raw(r, factor.code)),
        (text) => messages.badRiskLevel(text),
      );
      if (level !== null) (riskLevels ??= new Map()).set(factor.code, level);
    }
    const isbshRaw = reader.raw(r, "isbsh");
    const isbshGiven = reader.has("isbsh")
      ? reader.take(r, "isbsh", parseNumber(isbshRaw), (text) => messages.notANumber(text, "isbsh"))
      : null;
    kept.push(r);
    normalizedNames.push(normalized);
    schools.push({
      row: r + 1,
      id,
      name,
      municipality: reader.text(r, "municipality"),
      locality: reader.text(r, "locality"),
      level,
      hasGrade10: hasGrade10(level, name),
      students,
      teachers: reader.count(r, "teachers"),
      kpkCompleted: reader.count(r, "kpkCompleted"),
      grads9,
      cont10,
      olympiad3y: reader.count(r, "olympiad3y"),
      official: reader.text(r, "official"),
      login: reader.text(r, "login")?.toLowerCase() ?? null,
      vacancies: reader.count(r, "vacancies"),
      isbshGiven,
      riskLevels: riskLevels ?? NO_LEVELS,
      cells: new SheetRowCells(reader, r),
      index: schools.length,
      social: NO_SOCIAL,
    });
  }

  const social = readSocialInputs(reader, kept, schools, problems);
  schools.forEach((school, i) => (school.social = social[i]));
  return { kind: "ok", schools, sheetName: sheet.name, normalizedNames };
}

/** Social inputs as shares; count columns are divided by students (METHOD-NOTES 1.1). */
function readSocialInputs(
  reader: FieldReader,
  rows: readonly number[],
  records: readonly SchoolRecord[],
  problems: ProblemLog,
): Partial<Record<SocialInput["key"], number>>[] {
  const result = records.map(() => ({}) as Partial<Record<SocialInput["key"], number>>);
  for (const input of SOCIAL_INPUTS) {
    if (!reader.has(input.key)) continue;
    if (reader.table.countKeys.has(input.key)) {
      rows.forEach((r, i) => {
        const count = reader.count(r, input.key);
        const students = records[i].students;
        if (count === null || students === null || students === 0) return;
        if (count > students) {
          problems.error(
            reader.sheetName,
            reader.address(r, input.key),
            "countAboveStudents",
            messages.countAboveStudents(input.label, count, students),
          );
          return;
        }
        result[i][input.key] = count / students;
      });
    } else {
      const shares = readShareColumn(reader, rows, input.key, problems);
      shares.forEach((share, i) => {
        if (!Number.isNaN(share)) result[i][input.key] = share;
      });
    }
  }
  return result;
}
