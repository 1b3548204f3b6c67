import fc from "fast-check";
import { blankSchool } from "../../../../src/engine/formulas/blankSchool";
import { readRow } from "../../../../src/engine/formulas/readRow";
import { rowColumns } from "../../../../src/engine/formulas/rowColumns";
import { ProblemLog } from "../../../../src/engine/read/ProblemLog";
import { readSchools } from "../../../../src/engine/read/readSchools";
import { FIELD_LIMITS } from "../../../../src/engine/read/schema/FIELD_LIMITS";
import { plausibleMax } from "../../../../src/engine/read/schema/PLAUSIBLE_MAX";
import type { FieldSpec } from "../../../../src/engine/read/schema/FieldSpec";
import { SCHOOL_COLUMNS } from "../../../../src/engine/read/schema/SCHOOL_COLUMNS";
import { SCHOOL_FIELDS } from "../../../../src/engine/read/schema/SCHOOL_FIELDS";
import type { SchoolRecord } from "../../../../src/engine/read/SchoolRecord";
import { defaultSettings } from "../../../../src/engine/settings";
import type { CellValue } from "../../../../src/engine/types";

// Every column of the ОО schema is read by the workbook reader and by the row reader of
// SHNOR.RISK alike, and the cross-field checks of FIELD_LIMITS hold in both.

const SETTINGS = defaultSettings("2022-03-31");
const NAME = "МБОУ «СОШ №1»";

/** The school of an ОО sheet with a name column and the given columns. */
function sheetSchool(headers: string[], cells: CellValue[]) {
  const problems = new ProblemLog();
  const sheet = {
    name: "ОО",
    rows: [
      ["Наименование ОО", ...headers],
      [NAME, ...cells],
    ],
  };
  const outcome = readSchools(sheet, problems);
  if (outcome.kind !== "ok") throw new Error(outcome.message);
  return { school: outcome.schools[0] as SchoolRecord | undefined, problems: problems.items };
}

/** The school of a row of indicators with the given columns. */
function rowSchool(headers: string[], cells: CellValue[]) {
  return readRow(cells, rowColumns(headers), SETTINGS);
}

/** A cell of a column's kind and what both readers make of it. */
function sample(field: FieldSpec): { cell: CellValue; read: (school: SchoolRecord) => unknown } {
  const own = (school: SchoolRecord) => (school as unknown as Record<string, unknown>)[field.key];
  switch (field.kind) {
    case "count":
      return { cell: 17, read: own };
    case "number":
      return { cell: "0,35", read: own };
    case "social":
      return { cell: "12%", read: (school) => school.social[field.key as "s1"] };
    case "riskLevel":
      return { cell: "высокий", read: (school) => school.riskLevels.get(field.key) };
    default:
      return { cell: field.key === "name" ? NAME : "Edu 17", read: own };
  }
}

const EXPECTED: Record<string, unknown> = {
  count: 17,
  number: 0.35,
  social: 0.12,
  riskLevel: "high",
};

describe("the ОО schema", () => {
  describe.each(SCHOOL_FIELDS.map((field) => [field.key, field] as const))("%s", (_, field) => {
    const { cell, read } = sample(field);
    const expected =
      EXPECTED[field.kind] ??
      (field.key === "name" ? NAME : field.lowerCase === true ? "edu 17" : "Edu 17");
    const headers = field.key === "name" ? [] : [field.headers[0]];
    const cells = field.key === "name" ? [] : [cell];

    it("is read from an ОО sheet under its canonical header", () => {
      const { school, problems } = sheetSchool(headers, cells);
      expect(problems).toEqual([]);
      expect(read(school!)).toBe(expected);
    });

    it("is read from a row of SHNOR.RISK under the same header", () => {
      const outcome = rowSchool(["Наименование ОО", ...headers], [NAME, ...cells]);
      if (!outcome.ok) throw new Error(outcome.message);
      expect(read(outcome.value.figures.school)).toBe(expected);
    });

    it("is missing in a blank school", () => {
      const missing = field.kind === "riskLevel" || field.kind === "social" ? undefined : null;
      expect(read(blankSchool())).toBe(field.key === "name" ? "" : missing);
    });
  });

  it("takes a text column of a row as the sheet does: TRUE under «ШНОР» is text, not bad input", () => {
    const headers = ["Наименование ОО", "ШНОР", "Код ОО"];
    const outcome = rowSchool(headers, [NAME, true, { error: "#N/A" }]);
    if (!outcome.ok) throw new Error(outcome.message);
    expect([outcome.value.figures.school.official, outcome.value.figures.school.id]).toEqual([
      "true",
      null,
    ]);
    expect(sheetSchool(headers.slice(1), [true, null]).school!.official).toBe("true");
  });

  it("reads any count of a count column alike in both readers, up to the plausible largest", () => {
    const counts = SCHOOL_COLUMNS.filter((field) => field.kind === "count");
    fc.assert(
      fc.property(
        fc.constantFrom(...counts),
        fc.integer({ min: 0, max: 1_000_000 }),
        (field, n) => {
          const headers = [field.headers[0]];
          const own = (school: SchoolRecord) => school[field.key];
          const outcome = rowSchool(headers, [n]);
          const byRow = outcome.ok ? own(outcome.value.figures.school) : null;
          const bySheet = own(sheetSchool(headers, [n]).school!);
          // Above PLAUSIBLE_MAX both refuse the count: a bad input, an error on the sheet.
          return byRow === bySheet && (bySheet === n) === n <= plausibleMax(field.key);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("the cross-field checks of FIELD_LIMITS", () => {
  const header = (key: string, count: boolean) => {
    const field = SCHOOL_FIELDS.find((f) => f.key === key)!;
    return count && field.countHeaders ? field.countHeaders[0] : field.headers[0];
  };

  describe.each(FIELD_LIMITS.map((check) => [`${check.key} ≤ ${check.limit}`, check] as const))(
    "%s",
    (_, check) => {
      const headers = [header(check.limit, false), header(check.key, true)];

      it("makes the sheet leave the value out with an error at its cell: 5 above 3", () => {
        const { school, problems } = sheetSchool(headers, [3, 5]);
        expect(problems.map((p) => [p.severity, p.cell, p.code, p.message])).toEqual([
          ["error", "C2", check.said(5, 3).code, check.said(5, 3).message],
        ]);
        // Left out: cont10 is missing, a social input has no share; within the limit both stay.
        const given = (s: SchoolRecord) =>
          (s as unknown as Record<string, unknown>)[check.key] ??
          s.social[check.key as "s1"] ??
          null;
        expect(given(school!)).toBeNull();
        expect(given(sheetSchool(headers, [3, 3]).school!)).not.toBeNull();
      });

      it("makes a row formula answer the same message", () => {
        const outcome = rowSchool(headers, [3, 5]);
        expect(outcome).toMatchObject({ ok: false, message: check.said(5, 3).message });
        expect(rowSchool(headers, [3, 3]).ok).toBe(true);
      });
    },
  );
});
