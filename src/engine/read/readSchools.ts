import { SOCIAL_INPUTS, type SocialInput } from "../isbsh/socialInputs";
import { messages } from "../messages";
import { parseRiskLevel } from "../risks/parseRiskLevel";
import { localityKey } from "../text/localityKey";
import { normalizeName } from "../text/normalizeName";
import type { RiskLevel, SheetInput } from "../types";
import { FieldReader } from "./FieldReader";
import { hasGrade10 } from "./hasGrade10";
import { parseNumber } from "./parseValue";
import type { ProblemLog } from "./ProblemLog";
import { readShareColumn } from "./readShareColumn";
import { dataRows, readTable } from "./readTable";
import { brokenLimit } from "./schema/brokenLimit";
import { FIELD_LIMITS } from "./schema/FIELD_LIMITS";
import { SCHOOL_COLUMNS, type SchoolColumnSpec } from "./schema/SCHOOL_COLUMNS";
import { SCHOOL_FIELDS } from "./schema/SCHOOL_FIELDS";
import { newSchoolRecord, type SchoolDraft } from "./newSchoolRecord";
import type { RowCells, SchoolRecord, SourceCell } from "./SchoolRecord";

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

export type SchoolsOutcome =
  | {
      readonly kind: "ok";
      readonly schools: SchoolRecord[];
      readonly sheetName: string;
      /** Each school's normalized name, for the matcher: normalizing twice cost time. */
      readonly normalizedNames: string[];
    }
  | { readonly kind: "unreadable"; readonly message: string };

// Read after the duplicate check, which needs the name and the id.
const OTHER_COLUMNS = SCHOOL_COLUMNS.filter((field) => field.key !== "id" && field.key !== "name");
const LEVEL_COLUMNS = SCHOOL_FIELDS.filter((field) => field.kind === "riskLevel");

/** A cell of one of the ОО sheet's own columns, read as its kind. */
function readColumn(
  reader: FieldReader,
  row: number,
  field: SchoolColumnSpec,
): string | number | null {
  switch (field.kind) {
    case "count":
      return reader.count(row, field.key);
    case "number":
      return reader.take(row, field.key, parseNumber(reader.raw(row, field.key)), (text) =>
        messages.notANumber(text, field.key),
      );
    case "text": {
      const text = reader.text(row, field.key);
      return field.lowerCase === true ? (text?.toLowerCase() ?? null) : text;
    }
  }
}

/**
 * Reads the ОО sheet: one record per school in sheet order; duplicates (same id or normalized
 * name) are errors and left out. An unreadable sheet stops the run.
 */
export function readSchools(sheet: SheetInput, problems: ProblemLog): SchoolsOutcome {
  const table = readTable(sheet, "schools", problems);
  if (!table)
    return { kind: "unreadable", message: messages.emptySchoolsSheet(sheet.name).message };
  if (!table.columns.has("name"))
    return { kind: "unreadable", message: messages.noNameColumn(sheet.name).message };
  const reader = new FieldReader(table, problems);
  const seenIds = new Map<string, number>();
  const seenNames = new Map<string, number>();
  const kept: number[] = [];
  const normalizedNames: string[] = [];
  // The social inputs are filled in once all rows are read (a count column is judged as a whole).
  const schools: SchoolDraft[] = [];

  for (const r of dataRows(table)) {
    const name = reader.text(r, "name");
    if (name === null) {
      problems.error(sheet.name, reader.address(r, "name"), messages.missingName());
      continue;
    }
    const id = reader.text(r, "id");
    const normalized = normalizeName(name);
    // One name in two places is two schools (B-03): «СОШ №2» of Гехи and of Урус-Мартан.
    const settlement = reader.has("settlement") ? reader.text(r, "settlement") : null;
    const place = settlement === null ? normalized : `${normalized}|${localityKey(settlement)}`;
    const earlier = (id !== null ? seenIds.get(id) : undefined) ?? seenNames.get(place);
    if (earlier !== undefined) {
      problems.error(
        sheet.name,
        reader.address(r, "name"),
        messages.duplicateSchool(name, earlier),
      );
      continue;
    }
    if (id !== null) seenIds.set(id, r + 1);
    seenNames.set(place, r + 1);

    const school = newSchoolRecord();
    school.id = id;
    school.name = name;
    const byKey: Record<string, unknown> = school;
    for (const field of OTHER_COLUMNS) byKey[field.key] = readColumn(reader, r, field);
    const valueOf = (key: string) => byKey[key];
    for (let broken = brokenLimit(valueOf); broken; broken = brokenLimit(valueOf)) {
      const { check, value, limit } = broken;
      const cell = reader.address(r, check.key);
      problems.error(sheet.name, cell, check.said(value, limit));
      byKey[check.key] = null;
    }
    let riskLevels: Map<string, RiskLevel> | null = null;
    for (const { key } of LEVEL_COLUMNS) {
      if (!reader.has(key)) continue;
      const level = reader.take(r, key, parseRiskLevel(reader.raw(r, key)), (text) =>
        messages.badRiskLevel(text),
      );
      if (level !== null) (riskLevels ??= new Map()).set(key, level);
    }
    kept.push(r);
    normalizedNames.push(normalized);
    school.row = r + 1;
    school.hasGrade10 = hasGrade10(school.level, name);
    if (riskLevels !== null) school.riskLevels = riskLevels;
    school.cells = new SheetRowCells(reader, r);
    school.index = schools.length;
    schools.push(school);
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
      const checks = FIELD_LIMITS.filter((check) => check.key === input.key);
      rows.forEach((r, i) => {
        const count = reader.count(r, input.key);
        const students = records[i].students;
        if (count === null || students === null || students === 0) return;
        const school = records[i] as unknown as Readonly<Record<string, unknown>>;
        const broken = brokenLimit((key) => (key === input.key ? count : school[key]), checks);
        if (broken) {
          const { check, value, limit } = broken;
          const cell = reader.address(r, input.key);
          problems.error(reader.sheetName, cell, check.said(value, limit));
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
