import * as zlib from "zlib";
import { ZIP, ZIP64_SIZE } from "./zipArchive";

/** One file of a package to write. */
export interface ZipPart {
  readonly name: string;
  readonly data: Uint8Array;
}

const VERSION = 20; // 2.0: deflate
const UTF8_NAMES = 0x0800;
const MOST_PARTS = 0xffff;

/**
 * A zip package of the parts, in their order, each deflated by zlib. JSZip deflates in
 * JavaScript, which was a third of the time a long report took to write.
 *
 * @param modified The time the parts carry, as DOS time (local time, two-second steps).
 */
export function writeZip(parts: readonly ZipPart[], modified = new Date()): Buffer {
  if (parts.length > MOST_PARTS) throw new RangeError("too many parts for a zip package");
  const time = dosTime(modified);
  const date = dosDate(modified);
  const chunks: Buffer[] = [];
  const entries: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const packed = zlib.deflateRawSync(part.data);
    const crc = crc32(part.data);
    // From ZIP64_SIZE on, sizes and offsets need ZIP64, which no report reaches.
    if (packed.length >= ZIP64_SIZE || part.data.length >= ZIP64_SIZE)
      throw new RangeError("a zip package of 4 GiB or more");
    // The two headers describe a part with the same fields in the same order.
    const describe = (header: Buffer, at: number) => {
      header.writeUInt16LE(VERSION, at);
      header.writeUInt16LE(UTF8_NAMES, at + 2);
      header.writeUInt16LE(ZIP.deflated, at + 4);
      header.writeUInt16LE(time, at + 6);
      header.writeUInt16LE(date, at + 8);
      header.writeUInt32LE(crc, at + 10);
      header.writeUInt32LE(packed.length, at + 14);
      header.writeUInt32LE(part.data.length, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(ZIP.localHeader);
    local.writeUInt32LE(ZIP.localSignature, 0);
    describe(local, 4);
    const entry = Buffer.alloc(ZIP.entryHeader);
    entry.writeUInt32LE(ZIP.entrySignature, 0);
    entry.writeUInt16LE(VERSION, 4); // made by
    describe(entry, 6);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, packed);
    entries.push(entry, name);
    offset += ZIP.localHeader + name.length + packed.length;
  }
  const directory = Buffer.concat(entries);
  if (offset >= ZIP64_SIZE) throw new RangeError("a zip package of 4 GiB or more");
  const end = Buffer.alloc(ZIP.endRecord);
  end.writeUInt32LE(ZIP.endSignature, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

function dosTime(d: Date): number {
  return (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1);
}

function dosDate(d: Date): number {
  // DOS dates start in 1980.
  return (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate();
}

/** The CRC-32 of the zip format: zlib's where Node has it (20.15 and later), else a table's. */
export function crc32(data: Uint8Array): number {
  return typeof zlib.crc32 === "function" ? zlib.crc32(data) >>> 0 : tableCrc32(data);
}

let table: Uint32Array | null = null;

/** {@link crc32} worked out with a table of the 256 byte values. */
export function tableCrc32(data: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
