import type { Problem, Severity } from "../types";

/** Collects problems in the order they are found (DECISIONS A-60). */
export class ProblemLog {
  readonly items: Problem[] = [];

  add(severity: Severity, sheet: string, cell: string | null, code: string, message: string): void {
    this.items.push({ severity, sheet, cell, code, message });
  }

  error(sheet: string, cell: string | null, code: string, message: string): void {
    this.add("error", sheet, cell, code, message);
  }

  warning(sheet: string, cell: string | null, code: string, message: string): void {
    this.add("warning", sheet, cell, code, message);
  }

  info(sheet: string, cell: string | null, code: string, message: string): void {
    this.add("info", sheet, cell, code, message);
  }
}
