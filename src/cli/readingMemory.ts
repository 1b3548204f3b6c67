import { open, type FileHandle } from "fs/promises";
import { totalmem } from "os";
import { readZipDirectory, readZipEntryHead, ZIP64_SIZE, type ZipEntry } from "./xlsx/zipArchive";

const MB = 1024 * 1024;

// A report takes about 10 bytes of memory per byte of its cells' XML when the cells are read
// straight from the XML (the cells, the engine's results, the report ExcelJS writes), and 13–15
// when the workbook is left to ExcelJS's full reader: measured with the benchmark's districts of
// 4 000 and 12 000 schools. 16 covers both and text-heavier files.
const BYTES_PER_XML_BYTE = 16;
// An .ods cell's XML is about three times an .xlsx cell's, so a byte of it holds less: a region
// of 1 000 schools as .ods (71 MB of content.xml) took 6 bytes a byte, and 8 leaves room.
const BYTES_PER_ODS_XML_BYTE = 8;
// The same region as .csv files (13 MB) took 16 bytes a byte; a Windows-1251 file's letter is
// one byte but two in memory, and 24 covers it.
const BYTES_PER_CSV_BYTE = 24;
// Node, ExcelJS, the engine and the report writer before any cell is read.
const BASE_BYTES = 256 * MB;
// Never ask for more than this share of the computer's memory: the system needs the rest.
const MAX_SHARE_OF_MEMORY = 0.8;

// The report takes about 1,4 KB of memory per cell while it is written (measured with 20 000
// schools: 920 000 cells, 1,2 GB), and a row read gives three cells of the report on average
// (the demo: 1 890 rows, 4 172 cells); a school's row gives far more, which the check before
// writing counts (writingMemory).
const WRITE_BYTES_PER_ROW = 3 * 1_400;
// A row with a cell takes at least this much XML (`<row r="1"><c r="A1"><v>1</v></c></row>`):
// a sheet's declared range never counts more rows than its bytes can hold.
const LEAST_ROW_BYTES = 38;
// The packed bytes read from the start of a sheet to find its declared range.
const HEAD_BYTES = 4_096;

const CELL_PARTS = /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * The memory reading the input files and writing their report will take: from the sizes the zip
 * directory of an .xlsx gives for its sheets and shared strings and the rows its sheets declare
 * (of an .ods, for its content.xml), or from the size of a .csv file. A whole country's workbook
 * needs more than Node's default heap.
 *
 * @param paths The input files: one workbook, or the .csv files of one.
 * @returns Bytes, or null when a file is neither a zip package nor named .csv (the reader then
 *   says what it is).
 */
export async function readingMemory(...paths: string[]): Promise<number | null> {
  let need = BASE_BYTES;
  for (const path of paths) {
    const cells = await cellBytes(path);
    if (cells === null) return null;
    need += cells;
  }
  return need;
}

/** The memory one file's cells take once read, by the size of their text. */
async function cellBytes(path: string): Promise<number | null> {
  const file = await open(path, "r");
  try {
    const entries = await readZipDirectory(file);
    if (entries === null)
      return /\.csv$/i.test(path) ? BYTES_PER_CSV_BYTE * (await file.stat()).size : null;
    const content = entries.get("content.xml");
    if (content !== undefined) return BYTES_PER_ODS_XML_BYTE * sizeOf(content.size);
    let xmlBytes = 0;
    let rows = 0;
    for (const entry of entries.values()) {
      if (CELL_PARTS.test(entry.name)) xmlBytes += sizeOf(entry.size);
      if (WORKSHEET.test(entry.name)) rows += await declaredRows(file, entry);
    }
    return BYTES_PER_XML_BYTE * xmlBytes + WRITE_BYTES_PER_ROW * rows;
  } finally {
    await file.close();
  }
}

/** A part of 4 GiB or more keeps its size in a ZIP64 field: more than any computer has. */
function sizeOf(size: number): number {
  return size === ZIP64_SIZE ? Infinity : size;
}

/**
 * The rows a sheet declares in its range (`<dimension ref="A1:H200001"/>`, which Excel writes
 * before the cells), no more than its bytes can hold; 0 when it declares none.
 */
async function declaredRows(file: FileHandle, entry: ZipEntry): Promise<number> {
  if (entry.size === ZIP64_SIZE) return 0; // already more than any computer has
  const head = (await readZipEntryHead(file, entry, HEAD_BYTES))?.toString("utf8") ?? "";
  const cellsStart = head.indexOf("<sheetData");
  const range = /<dimension\s+ref="[A-Z]*\d*:?[A-Z]*(\d+)"/.exec(
    cellsStart < 0 ? head : head.slice(0, cellsStart),
  );
  return range === null ? 0 : Math.min(Number(range[1]), entry.size / LEAST_ROW_BYTES);
}

// Tests set the computer's memory in megabytes, to meet its limit with a small workbook.
const MEMORY_MB_VARIABLE = "SHNOR_MEMORY_MB";

/** The bytes of memory the computer has, for {@link planMemory}. */
export function computerMemory(): number {
  const set = Number(process.env[MEMORY_MB_VARIABLE]);
  return set > 0 ? set * MB : totalmem();
}

/** What to do before reading or writing: go on, go on with a larger heap (in MB), or stop. */
export type MemoryPlan =
  | { readonly kind: "fits" }
  | { readonly kind: "growHeap"; readonly heapMB: number }
  | { readonly kind: "tooLarge"; readonly needMB: number; readonly totalMB: number };

/**
 * @param need Bytes reading is expected to take ({@link readingMemory}).
 * @param heapLimit The bytes the running Node may use.
 * @param totalMemory The bytes of memory the computer has.
 */
export function planMemory(need: number, heapLimit: number, totalMemory: number): MemoryPlan {
  if (need > totalMemory * MAX_SHARE_OF_MEMORY)
    return {
      kind: "tooLarge",
      needMB: Number.isFinite(need) ? Math.ceil(need / MB) : Infinity,
      totalMB: Math.floor(totalMemory / MB),
    };
  if (need <= heapLimit) return { kind: "fits" };
  return { kind: "growHeap", heapMB: Math.ceil(need / MB) };
}

/**
 * The one-line reason a workbook is not read or its report not written: it needs more memory
 * than the computer has.
 */
export function tooLargeMessage(
  path: string,
  plan: Extract<MemoryPlan, { kind: "tooLarge" }>,
): string {
  const gb = (mb: number) => (mb / 1024).toFixed(1).replace(".", ",");
  // Infinite for a ZIP64 part: at least 4 GiB of XML.
  const need = Number.isFinite(plan.needMB)
    ? `около ${gb(plan.needMB)} ГБ`
    : `больше ${4 * BYTES_PER_XML_BYTE} ГБ`;
  return (
    `книга ${path} слишком велика для памяти этого компьютера: для чтения книги и записи отчёта нужно ${need}, ` +
    `а всего памяти ${gb(plan.totalMB)} ГБ. Разделите книгу (например, по муниципалитетам) ` +
    `или запустите расчёт на компьютере с большим объёмом памяти`
  );
}
