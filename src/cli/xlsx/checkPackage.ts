import { open } from "fs/promises";
import { columnIndex } from "../../engine";
import { LAST_COLUMN, LAST_ROW } from "./cellReference";
import { DamagedWorkbook } from "./DamagedWorkbook";
import { beyondLastCell, MAX_MERGED_CELLS } from "./readSheetXml";
import { readZipDirectory, readZipEntry } from "./zipArchive";

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
// Every place a sheet names a cell or a range: a cell's `r`, a row's `r`, a range's `ref`.
const REFERENCES = /\s(r|ref|sqref)\s*=\s*"([^"]*)"/g;

/**
 * Checks what ExcelJS's reader takes on trust before it is given the file: every part unpacks to
 * its declared size (JSZip compares the sizes only after unpacking all of a part), and every
 * cell a sheet names lies within XFD1048576 (ExcelJS allocates rows up to the last one named).
 * Each part is unpacked once more; only files the fast reader leaves to ExcelJS pay for it.
 *
 * @throws DamagedWorkbook naming what is wrong.
 */
export async function checkPackage(path: string): Promise<void> {
  const file = await open(path, "r");
  try {
    const entries = await readZipDirectory(file);
    if (entries === null) return; // no zip directory: ExcelJS says what the file is
    for (const entry of entries.values()) {
      const bytes = await readZipEntry(file, entry);
      if (bytes !== null && WORKSHEET.test(entry.name)) checkReferences(bytes.toString("utf8"));
    }
  } finally {
    await file.close();
  }
}

// A cell, a whole column (`A`) or a whole row (`5`), each part maybe fixed with `$`.
const PLACE = /^\$?([A-Z]{0,3})\$?(\d{0,7})$/;

const MERGE = /<mergeCell\s[^>]*?ref="\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)"/g;

function checkReferences(xml: string): void {
  for (const [, , value] of xml.matchAll(REFERENCES))
    for (const range of value.split(/\s+/))
      for (const place of range.split(":"))
        if (place !== "" && !withinSheet(place)) throw new DamagedWorkbook(beyondLastCell(place));
  // ExcelJS makes every merged cell an object: a sheet merged whole fills any memory. The
  // message says «миллиона»: MAX_MERGED_CELLS.
  let merged = 0;
  for (const [, left, top, right, bottom] of xml.matchAll(MERGE)) {
    const rows = Math.abs(Number(bottom) - Number(top)) + 1;
    merged += rows * (Math.abs(columnIndex(right) - columnIndex(left)) + 1);
    if (merged > MAX_MERGED_CELLS)
      throw new DamagedWorkbook(
        `на листе объединено больше миллиона ячеек ` +
          `(например, ${left}${top}:${right}${bottom}); отмените лишние объединения и сохраните книгу`,
      );
  }
}

function withinSheet(place: string): boolean {
  const match = PLACE.exec(place);
  if (match === null) return false;
  const [, letters, digits] = match;
  if (letters !== "" && columnIndex(letters) >= LAST_COLUMN) return false;
  return digits === "" || (Number(digits) >= 1 && Number(digits) <= LAST_ROW);
}
