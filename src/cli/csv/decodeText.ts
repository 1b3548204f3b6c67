/** Byte order marks and the encodings they name, in the order they are tried. */
const MARKS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/**
 * The text of a .csv file: by its byte order mark when it has one, else UTF-8 when the bytes are
 * valid UTF-8, else Windows-1251 (what Russian Excel saves «CSV (разделители — запятые)» in).
 */
export function decodeText(bytes: Uint8Array): string {
  for (const { bytes: mark, encoding } of MARKS)
    if (mark.every((byte, i) => bytes[i] === byte))
      return new TextDecoder(encoding).decode(bytes.subarray(mark.length));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Node's full ICU (its official builds) has the Windows code pages.
    return new TextDecoder("windows-1251").decode(bytes);
  }
}
