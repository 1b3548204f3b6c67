import fc from "fast-check";
import { open, writeFile } from "fs/promises";
import JSZip from "jszip";
import { join } from "path";
import * as zlib from "zlib";
import { crc32, tableCrc32, writeZip } from "../../src/cli/xlsx/writeZip";
import { readZipDirectory, readZipEntry } from "../../src/cli/xlsx/zipArchive";
import { useTempDir } from "../helpers/tempDir";

const text = (s: string) => new TextEncoder().encode(s);

describe("writeZip", () => {
  const tempDir = useTempDir("zip");

  const PARTS = [
    { name: "[Content_Types].xml", data: text('<?xml version="1.0"?><Types/>') },
    { name: "xl/worksheets/sheet1.xml", data: text("<sheetData>Школа №1 — «Лицей»</sheetData>") },
    { name: "xl/empty.bin", data: new Uint8Array(0) },
  ];

  it("writes a package that JSZip and the CLI's own reader read back part for part, in order", async () => {
    const packed = writeZip(PARTS);
    const zip = await JSZip.loadAsync(packed);
    const names: string[] = [];
    zip.forEach((name) => names.push(name));
    expect(names).toEqual(PARTS.map((p) => p.name));
    for (const part of PARTS)
      expect(await zip.file(part.name)!.async("uint8array")).toEqual(part.data);

    const path = join(tempDir(), "parts.zip");
    await writeFile(path, packed);
    const file = await open(path);
    try {
      const entries = (await readZipDirectory(file))!;
      for (const part of PARTS) {
        const bytes = await readZipEntry(file, entries.get(part.name)!);
        expect(new Uint8Array(bytes!)).toEqual(part.data);
      }
    } finally {
      await file.close();
    }
  });

  it("stamps the parts with the time given, as DOS time", async () => {
    const zip = await JSZip.loadAsync(writeZip(PARTS, new Date(2022, 2, 31, 14, 5, 58)));
    // JSZip reads DOS time as UTC fields.
    expect(zip.file(PARTS[0].name)!.date.toISOString()).toBe("2022-03-31T14:05:58.000Z");
  });

  it("computes the CRC-32 of the zip format with or without zlib's", () => {
    expect(tableCrc32(text("123456789"))).toBe(0xcbf43926);
    expect(crc32(text("123456789"))).toBe(0xcbf43926);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (data) => {
        expect(tableCrc32(data)).toBe(crc32(data));
        if (typeof zlib.crc32 === "function") expect(tableCrc32(data)).toBe(zlib.crc32(data));
      }),
    );
  });
});
