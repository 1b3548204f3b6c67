import { computeIsbsh } from "../isbsh/computeIsbsh";
import type { SchoolRecord } from "../read/SchoolRecord";
import type { CellValue } from "../types";
import { rowFigures } from "./evaluateRow";
import { cellsOf, isBlank } from "./formulaArguments";
import { answer, badInput, noData, type FormulaOutcome } from "./FormulaOutcome";
import { formulaMessages } from "./formulaMessages";
import { formulaSettings } from "./formulaSettings";

type Range = readonly (readonly CellValue[])[];

export const DISTRICT_LABEL = "Таблица района";

interface District {
  readonly schools: SchoolRecord[];
  /** The index of a school by its row's cells, to find the school being asked about. */
  readonly byCells: Map<string, number>;
  readonly values: (number | null)[];
}

const cache = new Map<string, FormulaOutcome<District>>();
const CACHE_LIMIT = 8;

function readDistrict(
  district: Range,
  headers: Range,
  params: Range | null,
  today: string,
): FormulaOutcome<District> {
  const key = JSON.stringify([headers, district, params, today]);
  const known = cache.get(key);
  if (known) return known;
  const schools: SchoolRecord[] = [];
  const byCells = new Map<string, number>();
  let outcome: FormulaOutcome<District> | null = null;
  for (let r = 0; r < district.length && outcome === null; r++) {
    const row = district[r];
    if (row.every(isBlank)) continue;
    const read = rowFigures([row], headers, params, today);
    if (!read.ok) outcome = badInput(formulaMessages.inRange(DISTRICT_LABEL, r + 1, read.message));
    else {
      byCells.set(JSON.stringify(row), schools.length);
      schools.push(read.value.figures.school);
    }
  }
  if (outcome === null) {
    const settings = formulaSettings(params, today);
    outcome = settings.ok
      ? answer({ schools, byCells, values: computeIsbsh(schools, settings.value).values })
      : settings;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, outcome);
  return outcome;
}

/**
 * SHNOR.ISBSH: the social well-being index of one school (METHOD-NOTES 1.2) by computeIsbsh:
 * z-scores of the shares over the schools of the district table, weighted; the regional
 * ИСБШ of the table when it has one for enough schools. The school's row is found in the table
 * by its values, or added to it. Without a table only a regional ИСБШ in the row is given back.
 *
 * @param district The same columns for every school of the district, without the header row.
 */
export function isbshFormula(
  values: Range,
  headers: Range,
  district: Range | null,
  params: Range | null,
  today: string,
): FormulaOutcome<number> {
  const read = rowFigures(values, headers, params, today);
  if (!read.ok) return read;
  const { school, settings } = read.value.figures;
  const notComputed = noData(formulaMessages.isbshNotComputed(settings.isbshMinInputs));
  if (district === null || district.every((row) => row.every(isBlank))) {
    return school.isbsh !== null ? answer(school.isbsh) : notComputed;
  }
  const table = readDistrict(district, headers, params, today);
  if (!table.ok) return table;
  const at = table.value.byCells.get(JSON.stringify(cellsOf(values)));
  const value =
    at !== undefined
      ? table.value.values[at]
      : computeIsbsh([...table.value.schools, school], settings).values[table.value.schools.length];
  return value === null ? notComputed : answer(value);
}
