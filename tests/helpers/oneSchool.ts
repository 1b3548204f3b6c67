import type { CellValue, SchoolResult } from "../../src/engine";
import { analyzeSheets, sheet } from "./workbook";

/** The school «СОШ №10» of an ОО sheet with the given columns after its name, run through analyze. */
export function oneSchool(header: readonly string[], row: readonly CellValue[]): SchoolResult {
  return analyzeSheets([
    sheet("ОО", [
      ["Наименование ОО", ...header],
      ["МБОУ «СОШ №10» ИГОСК", ...row],
    ]),
  ]).schools[0];
}
