import { readdir, stat } from "fs/promises";
import { basename, join } from "path";
import type { SheetInput, UnreadFisokoFile } from "../engine";
import { readWorkbook, UnreadableFileError } from "./readWorkbook";
import { sameFile } from "./sameFile";

/** Between the file name and the sheet name of an extra sheet, as the engine splits them. */
export const FILE_SEPARATOR = " › ";

// The workbooks a folder of exports may hold; other files there (a .pdf, a .docx) are not theirs.
const WORKBOOK_FILE = /\.(xlsx|ods|xls|xlsb)$/i;

/** The sheets of the exports read, and the files of a folder that could not be read, with why. */
export interface FisokoFiles {
  readonly sheets: SheetInput[];
  readonly unread: UnreadFisokoFile[];
}

/**
 * Reads the ФИС ОКО exports given with `--fisoko`: each path is a workbook or a folder, of
 * which every workbook is read (in name order; Excel's `~$` lock files are passed over).
 * Each sheet keeps its file's name for messages: `файл.xlsx › МА 4 Сравнение отметок с отметк`.
 * A file named on the command line that cannot be read stops the run; one found in a folder is
 * listed as not read, with why (DECISIONS B-05), and the others are read.
 *
 * @param paths The files and folders, in the order given.
 * @param skip Files never to read as exports: the input workbook and the outputs.
 * @throws UnreadableFileError naming the path when a named file or a folder cannot be read.
 */
export async function readFisokoFiles(
  paths: readonly string[],
  skip: readonly string[] = [],
): Promise<FisokoFiles> {
  const sheets: SheetInput[] = [];
  const unread: UnreadFisokoFile[] = [];
  for (const path of paths) {
    const { files, inFolder } = await filesOf(path);
    for (const file of files) {
      if (skip.some((other) => sameFile(other, file))) continue;
      let workbook;
      try {
        workbook = (await readWorkbook(file)).workbook;
      } catch (error) {
        if (!(error instanceof UnreadableFileError)) throw error;
        if (!inFolder) throw new UnreadableFileError(`${file}: ${error.message}`);
        unread.push({ file: basename(file), why: `файл не читается: ${error.message}` });
        continue;
      }
      for (const sheet of workbook.sheets) {
        sheets.push({ name: `${basename(file)}${FILE_SEPARATOR}${sheet.name}`, rows: sheet.rows });
      }
    }
  }
  return { sheets, unread };
}

async function filesOf(path: string): Promise<{ files: string[]; inFolder: boolean }> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UnreadableFileError(`${path}: файл или папка не найдены`);
  }
  if (!info.isDirectory()) return { files: [path], inFolder: false };
  const names = (await readdir(path)).filter(
    (name) => WORKBOOK_FILE.test(name) && !name.startsWith("~$"),
  );
  if (names.length === 0) throw new UnreadableFileError(`${path}: в папке нет книг .xlsx или .ods`);
  const files = names.sort((a, b) => a.localeCompare(b, "ru")).map((name) => join(path, name));
  return { files, inFolder: true };
}
