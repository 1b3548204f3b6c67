import { open } from "fs/promises";
import { oleStreamNames } from "./oleStreamNames";
import { readZipDirectory, readZipEntry } from "./xlsx/zipArchive";

/**
 * What a file holds, judged by its content (its extension decides only between a .csv and a
 * file of no known kind): the formats read, and those the user is told how to convert.
 */
export type FileFormat =
  | "xlsx"
  | "ods"
  | "csv"
  /** Excel's binary workbook: a zip package with `xl/workbook.bin`. */
  | "xlsb"
  /** An OLE file with a `Workbook` stream: Excel 97–2003. */
  | "xls"
  /** An OLE file with an `EncryptedPackage` stream: an .xlsx with a password to open. */
  | "encrypted"
  /** An OLE file whose directory does not say which of the two it is. */
  | "ole"
  | "odsEncrypted";

// Password-protected .xlsx and old .xls files are OLE compound files, not zip packages.
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// Also covers the template type, «…spreadsheet-template».
const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

/**
 * The format of a workbook file. Anything neither OLE nor zip nor named .csv is taken for an
 * .xlsx, whose reader then says what is wrong with it.
 */
export async function fileFormat(path: string): Promise<FileFormat> {
  const file = await open(path, "r");
  try {
    const head = Buffer.alloc(OLE_SIGNATURE.length);
    await file.read(head, 0, head.length, 0);
    if (head.equals(OLE_SIGNATURE)) {
      const names = await oleStreamNames(file);
      if (names?.has("EncryptedPackage")) return "encrypted";
      if (names?.has("Workbook") || names?.has("Book")) return "xls";
      return "ole";
    }
    const entries = await readZipDirectory(file);
    if (entries === null) return /\.csv$/i.test(path) ? "csv" : "xlsx";
    const text = async (name: string) => {
      const entry = entries.get(name);
      return entry === undefined ? "" : ((await readZipEntry(file, entry))?.toString("utf8") ?? "");
    };
    if ((await text("mimetype")).startsWith(ODS_MIMETYPE))
      // LibreOffice encrypts the parts of a file saved with a password and lists how in the manifest.
      return (await text("META-INF/manifest.xml")).includes("encryption-data")
        ? "odsEncrypted"
        : "ods";
    return entries.has("xl/workbook.bin") ? "xlsb" : "xlsx";
  } finally {
    await file.close();
  }
}
