import type { FileHandle } from "fs/promises";
import { constants, inflateRawSync } from "zlib";
import { DamagedWorkbook } from "./DamagedWorkbook";

/** One file of a zip package, as its central directory lists it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; other methods are not read. */
  readonly method: number;
  readonly packedSize: number;
  /** The size unpacked; 0xFFFFFFFF when it is kept in a ZIP64 field (4 GiB or more). */
  readonly size: number;
  readonly headerOffset: number;
}

/** A part of 4 GiB or more keeps its sizes in a ZIP64 field. */
export const ZIP64_SIZE = 0xffffffff;

/** The records of the zip format that this reader and the writer (writeZip.ts) use. */
export const ZIP = {
  localSignature: 0x04034b50,
  entrySignature: 0x02014b50,
  endSignature: 0x06054b50,
  localHeader: 30,
  entryHeader: 46,
  endRecord: 22,
  stored: 0,
  deflated: 8,
} as const;

const END_SIGNATURE = Buffer.alloc(4);
END_SIGNATURE.writeUInt32LE(ZIP.endSignature);

/**
 * The files of a zip package from its central directory.
 *
 * @returns The entries by name, or null when the file has no readable zip directory.
 */
export async function readZipDirectory(file: FileHandle): Promise<Map<string, ZipEntry> | null> {
  const { size } = await file.stat();
  const tail = Buffer.alloc(Math.min(size, ZIP.endRecord + 0xffff));
  await file.read(tail, 0, tail.length, size - tail.length);
  const end = tail.lastIndexOf(END_SIGNATURE);
  if (end < 0 || end + ZIP.endRecord > tail.length) return null;
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (directoryOffset + directorySize > size) return null;
  const directory = Buffer.alloc(directorySize);
  await file.read(directory, 0, directorySize, directoryOffset);
  const entries = new Map<string, ZipEntry>();
  for (let at = 0; at + ZIP.entryHeader <= directory.length;) {
    if (directory.readUInt32LE(at) !== ZIP.entrySignature) return null;
    const nameLength = directory.readUInt16LE(at + 28);
    const skip = nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    const name = directory.toString(
      "utf8",
      at + ZIP.entryHeader,
      at + ZIP.entryHeader + nameLength,
    );
    entries.set(name, {
      name,
      method: directory.readUInt16LE(at + 10),
      packedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      headerOffset: directory.readUInt32LE(at + 42),
    });
    at += ZIP.entryHeader + skip;
  }
  return entries;
}

const LYING_SIZE =
  "файл повреждён: размер данных внутри архива книги не совпадает с указанным в архиве";
const BROKEN_DATA = "файл повреждён: сжатые данные внутри архива книги не распаковываются";
const CUT = "файл повреждён: архив книги обрывается раньше конца своих данных";

/**
 * The unpacked bytes of one entry, never more than its declared size: a part that unpacks to
 * more (a zip bomb understates it) or less is damaged.
 *
 * @returns The bytes, or null for what this reader leaves to ExcelJS: ZIP64 sizes, encryption,
 *   a method other than stored or deflated, a broken local header.
 * @throws DamagedWorkbook when the part's bytes are not what its entry says.
 */
export async function readZipEntry(file: FileHandle, entry: ZipEntry): Promise<Buffer | null> {
  const packed = await packedBytes(file, entry, entry.packedSize);
  if (packed === null) return null;
  if (packed.length < entry.packedSize) throw new DamagedWorkbook(CUT);
  let bytes: Buffer;
  try {
    // One byte more than declared is enough to tell that the size lies.
    bytes =
      entry.method === ZIP.stored
        ? packed
        : inflateRawSync(packed, { maxOutputLength: entry.size + 1 });
  } catch (error) {
    const tooLarge = (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE";
    throw new DamagedWorkbook(tooLarge ? LYING_SIZE : BROKEN_DATA);
  }
  if (bytes.length !== entry.size) throw new DamagedWorkbook(LYING_SIZE);
  return bytes;
}

/**
 * The first unpacked bytes of an entry, from at most `packedLimit` of its packed bytes: enough to
 * read what a part declares at its start without unpacking it whole.
 *
 * @returns The bytes, or null when the entry is not one {@link readZipEntry} reads.
 */
export async function readZipEntryHead(
  file: FileHandle,
  entry: ZipEntry,
  packedLimit: number,
): Promise<Buffer | null> {
  const packed = await packedBytes(file, entry, Math.min(entry.packedSize, packedLimit));
  if (packed === null) return null;
  if (entry.method === ZIP.stored) return packed;
  try {
    // A cut deflate stream gives what it has so far instead of an error.
    return inflateRawSync(packed, { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return null;
  }
}

/**
 * The packed bytes of an entry, up to the file's end, or null when this reader leaves the entry
 * to ExcelJS.
 */
async function packedBytes(
  file: FileHandle,
  entry: ZipEntry,
  length: number,
): Promise<Buffer | null> {
  if (entry.size === ZIP64_SIZE || entry.packedSize === ZIP64_SIZE) return null;
  if (entry.method !== ZIP.stored && entry.method !== ZIP.deflated) return null;
  const header = Buffer.alloc(ZIP.localHeader);
  await file.read(header, 0, ZIP.localHeader, entry.headerOffset);
  if (header.readUInt32LE(0) !== ZIP.localSignature) return null;
  const encrypted = (header.readUInt16LE(6) & 1) === 1;
  if (encrypted) return null;
  const dataStart =
    entry.headerOffset + ZIP.localHeader + header.readUInt16LE(26) + header.readUInt16LE(28);
  // A packed size beyond the file's end is never allocated: the directory may say 4 GiB.
  const { size } = await file.stat();
  const packed = Buffer.alloc(Math.max(0, Math.min(length, size - dataStart)));
  const { bytesRead } = await file.read(packed, 0, packed.length, dataStart);
  return packed.subarray(0, bytesRead);
}
