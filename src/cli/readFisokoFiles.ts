import { readdir, stat } from "fs/promises";
import { basename, join } from "path";
import type { SheetInput } from "../engine";
import { readWorkbook, UnreadableFileError } from "./readWorkbook";
import { sameFile } from "./sameFile";

/** Between the file name and the sheet name of an extra sheet, as the engine splits them. */
export const FILE_SEPARATOR = " › ";

/**
 * Reads the ФИС ОКО exports given with `--fisoko`: each path is an .xlsx file or a folder, of
 * which every .xlsx file is read (in name order; Excel's `~$` lock files are passed over).
 * Each sheet keeps its file's name for messages: `файл.xlsx › МА 4 Сравнение отметок с отметк`.
 *
 * @param paths The files and folders, in the order given.
 * @param skip Files never to read as exports: the input workbook and the outputs.
 * @throws UnreadableFileError naming the path when a file or folder cannot be read.
 */
export async function readFisokoFiles(
  paths: readonly string[],
  skip: readonly string[] = [],
): Promise<SheetInput[]> {
  const sheets: SheetInput[] = [];
  for (const path of paths) {
    for (const file of await filesOf(path)) {
      if (skip.some((other) => sameFile(other, file))) continue;
      let workbook;
      try {
        workbook = (await readWorkbook(file)).workbook;
      } catch (error) {
        if (error instanceof UnreadableFileError)
          throw new UnreadableFileError(`${file}: ${error.message}`);
        throw error;
      }
      for (const sheet of workbook.sheets) {
        sheets.push({ name: `${basename(file)}${FILE_SEPARATOR}${sheet.name}`, rows: sheet.rows });
      }
    }
  }
  return sheets;
}

async function filesOf(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UnreadableFileError(`${path}: файл или папка не найдены`);
  }
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path)).filter(
    (name) => /\.xlsx$/i.test(name) && !name.startsWith("~$"),
  );
  if (names.length === 0) throw new UnreadableFileError(`${path}: в папке нет файлов .xlsx`);
  return names.sort((a, b) => a.localeCompare(b, "ru")).map((name) => join(path, name));
}
