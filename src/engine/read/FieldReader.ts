import type { ProblemText } from "../messages";
import type { CellValue } from "../types";
import { Field } from "./Field";
import type { Day } from "../Day";
import type { Parsed } from "./parseValue";
import type { ProblemLog } from "./ProblemLog";
import type { Table } from "./readTable";

/**
 * Reads typed values from a mapped table by field key, each through its {@link Field}, and
 * records a problem for every bad cell (DECISIONS ).
 */
export class FieldReader {
  private readonly fields = new Map<string, Field>();

  constructor(
    readonly table: Table,
    private readonly problems: ProblemLog,
  ) {}

  get sheetName(): string {
    return this.table.sheet.name;
  }

  /** The field of a key; every cell of it is empty when the sheet has no such column. */
  field(key: string): Field {
    let field = this.fields.get(key);
    if (field === undefined) {
      const { table } = this;
      field = new Field(key, table.columns.get(key), table.rows, table.sheet.name, this.problems);
      this.fields.set(key, field);
    }
    return field;
  }

  has(key: string): boolean {
    return this.table.columns.has(key);
  }

  /** The A1 address of a field in a row, or null when the column is absent. */
  address(row: number, key: string): string | null {
    return this.field(key).address(row);
  }

  raw(row: number, key: string): CellValue {
    return this.field(key).raw(row);
  }

  text(row: number, key: string): string | null {
    return this.field(key).text(row);
  }

  count(row: number, key: string): number | null {
    return this.field(key).count(row);
  }

  nonNegative(row: number, key: string): number | null {
    return this.field(key).nonNegative(row);
  }

  date(row: number, key: string): Day | null {
    return this.field(key).date(row);
  }

  /** Records the problem of a parse outcome and returns its value, or null. */
  take<T>(
    row: number,
    key: string,
    parsed: Parsed<T>,
    invalid: (text: string) => ProblemText<"invalidValue">,
  ): T | null {
    return this.field(key).take(row, parsed, invalid);
  }
}
