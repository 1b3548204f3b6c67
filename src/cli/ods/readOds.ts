import { open } from "fs/promises";
import { SharedCells, type WorkbookInput } from "../../engine";
import { UnsupportedWorkbook } from "../xlsx/xmlText";
import { readZipDirectory, readZipEntry } from "../xlsx/zipArchive";
import { readContentXml } from "./readContentXml";

/**
 * Reads an OpenDocument spreadsheet (.ods, as LibreOffice Calc saves it) for the engine: the
 * sheets of its `content.xml`, each cell as an .xlsx cell of the same type gives it.
 *
 * @throws UnsupportedWorkbook when the package or its `content.xml` cannot be read.
 */
export async function readOds(path: string, sliceBytes?: number): Promise<WorkbookInput> {
  const file = await open(path, "r");
  try {
    const entry = (await readZipDirectory(file))?.get("content.xml");
    const content = entry === undefined ? null : await readZipEntry(file, entry);
    if (content === null) throw new UnsupportedWorkbook("content.xml");
    return { sheets: readContentXml(content, new SharedCells(), sliceBytes) };
  } finally {
    await file.close();
  }
}
