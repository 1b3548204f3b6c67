import type { FileHandle } from "fs/promises";

const HEADER_BYTES = 512;
const ENTRY_BYTES = 128;
// Sector numbers from here on mark the end of a chain or a free sector, not a sector.
const LAST_SECTOR = 0xfffffffa;
// The header lists the first 109 sectors of the allocation table; more are kept elsewhere.
const HEADER_FAT_SECTORS = 109;
// More directory sectors than this is a broken chain (a loop), not a workbook.
const MOST_DIRECTORY_SECTORS = 4096;

/**
 * The names of the streams and storages of an OLE compound file (the container of old .xls
 * workbooks and of password-protected .xlsx ones), from its directory.
 *
 * @returns The names, or null when the directory cannot be followed from the header alone.
 */
export async function oleStreamNames(file: FileHandle): Promise<Set<string> | null> {
  const { size } = await file.stat();
  const header = Buffer.alloc(HEADER_BYTES);
  await file.read(header, 0, HEADER_BYTES, 0);
  const sectorSize = 2 ** header.readUInt16LE(30);
  if (sectorSize !== 512 && sectorSize !== 4096) return null;
  const sector = async (n: number): Promise<Buffer | null> => {
    const at = (n + 1) * sectorSize;
    if (at + sectorSize > size) return null;
    const data = Buffer.alloc(sectorSize);
    await file.read(data, 0, sectorSize, at);
    return data;
  };
  const fat: number[] = [];
  for (let i = 0; i < HEADER_FAT_SECTORS; i++) {
    const n = header.readUInt32LE(76 + 4 * i);
    if (n >= LAST_SECTOR) break;
    const data = await sector(n);
    if (data === null) return null;
    for (let at = 0; at < sectorSize; at += 4) fat.push(data.readUInt32LE(at));
  }
  const names = new Set<string>();
  let n = header.readUInt32LE(48);
  for (let count = 0; n < LAST_SECTOR; count++) {
    const data = count < MOST_DIRECTORY_SECTORS ? await sector(n) : null;
    if (data === null || n >= fat.length) return null;
    for (let at = 0; at < sectorSize; at += ENTRY_BYTES) {
      const nameBytes = data.readUInt16LE(at + 64);
      // The length counts the closing zero character.
      if (nameBytes >= 2 && nameBytes <= 64)
        names.add(data.toString("utf16le", at, at + nameBytes - 2));
    }
    n = fat[n];
  }
  return names;
}
