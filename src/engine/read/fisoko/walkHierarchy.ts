import { messages } from "../../messages";
import type { CellValue, SheetInput } from "../../types";
import { cellAddress } from "../cellAddress";
import { parseText } from "../parseValue";
import type { ProblemLog } from "../ProblemLog";
import type { FisokoLayout } from "./detectFisokoLayout";
import { hierarchyLevel } from "./hierarchyLevel";
import { splitCode } from "./splitCode";
import type { MunicipalityBlock } from "./UnmatchedSchools";
import { rowAt } from "../../sheetRows";

/** A school row of an export, under its municipality. */
export interface HierarchySchool {
  /** The 0-based row. */
  readonly row: number;
  /** The name without its code. */
  readonly name: string;
  /** The glued `edu…` code in lower case, or null. */
  readonly login: string | null;
  readonly municipality: MunicipalityBlock;
}

/**
 * Walks the rows of «Статистика по отметкам» or «Сравнение отметок»: Вся выборка → region →
 * municipality → school. A school row before any municipality row of its region is an error
 * at its name, and the row is left out. Rows with neither a code nor a value (notes below the
 * table) are passed over.
 *
 * @returns The school rows in sheet order.
 */
export function walkHierarchy(
  sheet: SheetInput,
  layout: FisokoLayout,
  problems: ProblemLog,
): HierarchySchool[] {
  const groupCol = layout.columns.get("group") ?? 0;
  const orgCol = layout.columns.get("orgCount");
  const valueCols = [...layout.columns]
    .filter(([key]) => key !== "group" && key !== "orgCount")
    .map(([, col]) => col);
  const schools: HierarchySchool[] = [];
  let regionSeen = false;
  let municipality: MunicipalityBlock | null = null;
  for (let r = layout.headerRow + 1; r < sheet.rows.length; r++) {
    const cells = rowAt(sheet.rows, r);
    if (!cells) continue;
    const text = parseText(cells[groupCol]);
    if (text.kind === "excelError") {
      problems.warning(sheet.name, cellAddress(r, groupCol), messages.excelError(text.error));
      continue;
    }
    if (text.kind !== "ok") continue;
    const { name, code } = splitCode(text.value);
    if (code === null && valueCols.every((c) => isBlank(cells[c]))) continue;
    const orgCountBlank = orgCol === undefined ? null : isBlank(cells[orgCol]);
    switch (hierarchyLevel(name, { code, orgCountBlank, regionSeen })) {
      case "total":
        municipality = null;
        break;
      case "region":
        regionSeen = true;
        municipality = null;
        break;
      case "municipality":
        municipality = { name, cell: cellAddress(r, groupCol) };
        break;
      case "school":
        if (municipality === null) {
          problems.error(
            sheet.name,
            cellAddress(r, groupCol),
            messages.fisokoSchoolBeforeMunicipality(name),
          );
          break;
        }
        schools.push({
          row: r,
          name,
          login: code !== null && /^(edu|sch)\d+$/.test(code) ? code : null,
          municipality,
        });
    }
  }
  return schools;
}

function isBlank(value: CellValue): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}
