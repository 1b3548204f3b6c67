import { open } from "fs/promises";
import { readZipDirectory, ZIP64_SIZE } from "./xlsx/zipArchive";

const MB = 1024 * 1024;

// A report takes about 10 bytes of memory per byte of its cells' XML when the cells are read
// straight from the XML (the cells, the engine's results, the report ExcelJS writes), and 13–15
// when the workbook is left to ExcelJS's full reader: measured with the benchmark's districts of
// 4 000 and 12 000 schools. 16 covers both and text-heavier files.
const BYTES_PER_XML_BYTE = 16;
// Node, ExcelJS, the engine and the report writer before any cell is read.
const BASE_BYTES = 256 * MB;
// Never ask for more than this share of the computer's memory: the system needs the rest.
const MAX_SHARE_OF_MEMORY = 0.8;

const CELL_PARTS = /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/;

/**
 * The memory reading an .xlsx file will take, from the sizes its zip directory gives for the
 * sheets and shared strings: a whole country's workbook needs more than Node's default heap.
 *
 * @returns Bytes, or null when the file has no zip directory (the reader then says what it is).
 */
export async function readingMemory(path: string): Promise<number | null> {
  const file = await open(path, "r");
  try {
    const entries = await readZipDirectory(file);
    if (entries === null) return null;
    let xmlBytes = 0;
    for (const { name, size } of entries.values()) {
      // A part of 4 GiB or more keeps its size in a ZIP64 field: more than any computer has.
      if (CELL_PARTS.test(name)) xmlBytes += size === ZIP64_SIZE ? Infinity : size;
    }
    return BASE_BYTES + BYTES_PER_XML_BYTE * xmlBytes;
  } finally {
    await file.close();
  }
}

/** What to do before reading: go on, go on with a larger heap (in MB), or stop. */
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
  if (need <= heapLimit) return { kind: "fits" };
  if (need <= totalMemory * MAX_SHARE_OF_MEMORY)
    return { kind: "growHeap", heapMB: Math.ceil(need / MB) };
  return {
    kind: "tooLarge",
    needMB: Number.isFinite(need) ? Math.ceil(need / MB) : Infinity,
    totalMB: Math.floor(totalMemory / MB),
  };
}

/** The one-line reason a workbook is not read: it needs more memory than the computer has. */
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
    `книга ${path} слишком велика для памяти этого компьютера: для чтения нужно ${need}, ` +
    `а всего памяти ${gb(plan.totalMB)} ГБ. Разделите книгу (например, по муниципалитетам) ` +
    `или запустите расчёт на компьютере с большим объёмом памяти`
  );
}
