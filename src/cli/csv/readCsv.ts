import { readFile } from "fs/promises";
import { basename, extname } from "path";
import { RowPacker, SharedCells, type SheetInput } from "../../engine";
import { csvCellValue } from "./csvCellValue";
import { csvRows } from "./csvRows";
import { decodeText } from "./decodeText";

/**
 * Reads a .csv file as one sheet named after the file (without its extension): UTF-8 with or
 * without a byte order mark or Windows-1251, separated by `;`, `,` or tabs.
 *
 * @param shared Equal percent and date cells of all the files of one workbook.
 */
export async function readCsv(path: string, shared = new SharedCells()): Promise<SheetInput> {
  const packer = new RowPacker();
  for (const fields of csvRows(decodeText(await readFile(path))))
    packer.push(fields.map((field) => csvCellValue(field, shared)));
  return { name: basename(path, extname(path)), rows: packer.pack() };
}
