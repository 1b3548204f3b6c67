import { open, type FileHandle } from "fs/promises";
import { SharedCells, type WorkbookInput } from "../../engine";
import { readSheetXml, SLICE_BYTES } from "./readSheetXml";
import { sharedStrings, sheetParts, styleFormats, workbookRelations } from "./workbookParts";
import { UnsupportedWorkbook } from "./xmlText";
import { readZipDirectory, readZipEntry, type ZipEntry } from "./zipArchive";

/**
 * Reads an .xlsx file's cells straight from its XML, as ExcelJS's full reader would give them,
 * in a fraction of its time and memory: ExcelJS builds a model of every cell with its style
 * (13–15 bytes per byte of XML), which a region's workbook does not need and a country's does
 * not fit.
 *
 * @param sliceBytes How much sheet XML to decode at a time.
 * @returns The workbook, or null when the file has something this reader leaves to ExcelJS
 *   (a broken zip, 1904 dates, hyperlinks, chart sheets, …): ExcelJS then reads it, or says why
 *   it cannot.
 */
export async function readXlsx(
  path: string,
  sliceBytes = SLICE_BYTES,
): Promise<WorkbookInput | null> {
  const file = await open(path, "r");
  try {
    const entries = await readZipDirectory(file);
    if (entries === null) return null;
    const text = async (name: string, required: boolean): Promise<string> => {
      const entry = entries.get(name);
      if (entry === undefined) {
        if (required) throw new UnsupportedWorkbook(name);
        return "";
      }
      return (await bytes(file, entry)).toString("utf8");
    };
    const relations = workbookRelations(await text("xl/_rels/workbook.xml.rels", true));
    const partOf = (type: string) => [...relations.values()].find((r) => r[0] === type)?.[1];
    const stringsPart = partOf("sharedStrings");
    const stylesPart = partOf("styles");
    const context = {
      strings: stringsPart ? sharedStrings(await text(stringsPart, true)) : [],
      formats: stylesPart ? styleFormats(await text(stylesPart, true)) : [],
      shared: new SharedCells(),
    };
    const sheets = [];
    for (const part of sheetParts(await text("xl/workbook.xml", true), relations)) {
      const entry = entries.get(part.path);
      if (entry === undefined) throw new UnsupportedWorkbook(part.path);
      sheets.push({
        name: part.name,
        rows: readSheetXml(await bytes(file, entry), context, sliceBytes),
      });
    }
    return { sheets };
  } catch {
    // Anything unusual, even a broken part: ExcelJS's reading decides and explains.
    return null;
  } finally {
    await file.close();
  }
}

async function bytes(file: FileHandle, entry: ZipEntry): Promise<Buffer> {
  const data = await readZipEntry(file, entry);
  if (data === null) throw new UnsupportedWorkbook(entry.name);
  return data;
}
