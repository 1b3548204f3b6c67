/** Excel refuses sheet names longer than this. */
export const MAX_SHEET_NAME = 31;

/**
 * A sheet name no other sheet has: the wanted name if it is free, else the name with « (2)»,
 * « (3)» … (Excel compares names without regard to case), cut to 31 characters.
 *
 * @param wanted The name the sheet should have, e.g. «Сводка».
 * @param taken The names in use; the new name is not added to it.
 * @returns E.g. «Сводка (2)» when the user already has a sheet «Сводка».
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  // Characters Excel forbids in sheet names, and the apostrophe it forbids at either end.
  const base = wanted.replace(/[\\/?*[\]:]/g, "_").replace(/^'+|'+$/g, "") || "Лист";
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}
