import { open } from "fs/promises";

const MB = 1024 * 1024;

// Reading a workbook takes 13–15 bytes of memory per byte of its cells' XML (ExcelJS's model of
// every cell, then the engine's input, then the report): measured with the benchmark's districts
// of 4 000 and 12 000 schools. 16 leaves room for text-heavier files.
const BYTES_PER_XML_BYTE = 16;
// Node, ExcelJS, the engine and the report writer before any cell is read.
const BASE_BYTES = 256 * MB;
// Never ask for more than this share of the computer's memory: the system needs the rest.
const MAX_SHARE_OF_MEMORY = 0.8;

const CELL_PARTS = /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/;
const END_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const ENTRY_SIGNATURE = 0x02014b50;
const END_RECORD = 22;
const ENTRY_HEADER = 46;
const ZIP64_SIZE = 0xffffffff;

/**
 * The memory reading an .xlsx file will take, from the sizes its zip directory gives for the
 * sheets and shared strings: a whole country's workbook needs more than Node's default heap.
 *
 * @returns Bytes, or null when the file has no zip directory (the reader then says what it is).
 */
export async function readingMemory(path: string): Promise<number | null> {
  const file = await open(path, "r");
  try {
    const { size } = await file.stat();
    const tail = Buffer.alloc(Math.min(size, END_RECORD + 0xffff));
    await file.read(tail, 0, tail.length, size - tail.length);
    const end = tail.lastIndexOf(END_SIGNATURE);
    if (end < 0 || end + END_RECORD > tail.length) return null;
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (directoryOffset + directorySize > size) return null;
    const directory = Buffer.alloc(directorySize);
    await file.read(directory, 0, directorySize, directoryOffset);
    let xmlBytes = 0;
    for (let at = 0; at + ENTRY_HEADER <= directory.length;) {
      if (directory.readUInt32LE(at) !== ENTRY_SIGNATURE) return null;
      const unpacked = directory.readUInt32LE(at + 24);
      const nameLength = directory.readUInt16LE(at + 28);
      const skip = nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
      const name = directory.toString("utf8", at + ENTRY_HEADER, at + ENTRY_HEADER + nameLength);
      // A part of 4 GiB or more keeps its size in a ZIP64 field: more than any computer has.
      if (CELL_PARTS.test(name)) xmlBytes += unpacked === ZIP64_SIZE ? Infinity : unpacked;
      at += ENTRY_HEADER + skip;
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
