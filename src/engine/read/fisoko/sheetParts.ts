/** Between a file's name and its sheet's, as the command line names the sheets of extra files. */
const FILE_SEPARATOR = " › ";

/** A sheet name split into the file it came from and the sheet's own name. */
export interface SheetParts {
  /** The file name, or "" for a sheet of the user's workbook. */
  readonly file: string;
  readonly sheet: string;
}

/**
 * Splits `файл.xlsx › МА 4 Сравнение отметок с отметк`, the name the command line gives a
 * sheet of an extra file, into the file and the sheet's own name.
 */
export function sheetParts(name: string): SheetParts {
  const at = name.lastIndexOf(FILE_SEPARATOR);
  if (at < 0) return { file: "", sheet: name };
  return { file: name.slice(0, at), sheet: name.slice(at + FILE_SEPARATOR.length) };
}
