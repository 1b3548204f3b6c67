/**
 * The size in bytes of a value sent to Excel: its JSON text encoded as UTF-8 (Cyrillic takes two
 * bytes a letter), which is what the request size limit of Excel on the web counts.
 *
 * @param value Any JSON-serialisable value.
 * @returns Bytes, 4 for `null` or `undefined`.
 */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "null");
}

/** UTF-8 length without allocating an encoded copy (the writer sizes hundreds of MB of rows). */
function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a surrogate pair is 4 bytes for 2 UTF-16 units
      i++;
    } else bytes += 2;
  }
  return bytes;
}
