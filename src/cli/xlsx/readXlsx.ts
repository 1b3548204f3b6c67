import { open } from "fs/promises";
import { PackedRows, SharedCells, type WorkbookInput } from "../../engine";
import { DamagedWorkbook } from "./DamagedWorkbook";
import { readSheetXml, SLICE_BYTES } from "./readSheetXml";
import { cellStyles, sharedStrings, sheetParts, workbookRelations } from "./workbookParts";
import { UnsupportedWorkbook } from "./xmlText";
import { readZipDirectory, readZipEntry } from "./zipArchive";

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
 * @throws DamagedWorkbook when the file contradicts itself: no reader may go on with it.
 */
export async function readXlsx(
  path: string,
  sliceBytes = SLICE_BYTES,
): Promise<WorkbookInput | null> {
  const file = await open(path, "r");
  try {
    const entries = await readZipDirectory(file);
    if (entries === null) return null;
    const part = async (name: string): Promise<Buffer> => {
      const entry = entries.get(name);
      const data = entry === undefined ? null : await readZipEntry(file, entry);
      if (data === null) throw new UnsupportedWorkbook(name);
      return data;
    };
    const text = async (name: string) => (await part(name)).toString("utf8");
    const relations = workbookRelations(await text("xl/_rels/workbook.xml.rels"));
    const pathOf = (type: string) => [...relations.values()].find((r) => r.type === type)?.path;
    const stringsPath = pathOf("sharedStrings");
    const stylesPath = pathOf("styles");
    const context = {
      strings: stringsPath ? sharedStrings(await text(stringsPath)) : [],
      styles: stylesPath ? cellStyles(await text(stylesPath)) : [],
      shared: new SharedCells(),
    };
    const sheets = [];
    for (const sheet of sheetParts(await text("xl/workbook.xml"), relations))
      sheets.push({
        name: sheet.name,
        // Packed for the engine: a long sheet's array per row is most of its memory.
        rows: PackedRows.from(readSheetXml(await part(sheet.path), context, sliceBytes)),
      });
    return { sheets };
  } catch (error) {
    if (error instanceof DamagedWorkbook) throw error;
    // Anything else unusual: ExcelJS's reading decides and explains.
    return null;
  } finally {
    await file.close();
  }
}
