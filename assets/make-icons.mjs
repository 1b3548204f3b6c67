// Draws the add-in icons (icon-16 … icon-128.png) next to this script: `node assets/make-icons.mjs`.
// The mark is drawn on a 16-unit grid and every size is a multiple of 16, so the bars land on
// whole pixels and stay crisp at 16 px; only the rounded corners are antialiased.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const BACKGROUND = [0x1b, 0x3a, 0x6b]; // dark blue
const WHITE = [0xff, 0xff, 0xff];
const RED = [0xe5, 0x39, 0x35];

/** The mark on the 16-unit grid: a rounded square and three rising bars, the lowest one red. */
const CORNER_RADIUS = 3;
const BARS = [
  { x0: 3, x1: 5, y0: 10, y1: 13, color: RED },
  { x0: 7, x1: 9, y0: 7, y1: 13, color: WHITE },
  { x0: 11, x1: 13, y0: 4, y1: 13, color: WHITE },
];

/** Share of the unit square's rounded shape covering pixel (px, py), by 4×4 supersampling. */
function backgroundCoverage(px, py, scale) {
  const r = CORNER_RADIUS * scale;
  const size = 16 * scale;
  let inside = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const x = px + (sx + 0.5) / 4;
      const y = py + (sy + 0.5) / 4;
      const cx = Math.min(Math.max(x, r), size - r);
      const cy = Math.min(Math.max(y, r), size - r);
      if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) inside++;
    }
  }
  return inside / 16;
}

function drawIcon(size) {
  const scale = size / 16;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const bar = BARS.find(
        (b) => px >= b.x0 * scale && px < b.x1 * scale && py >= b.y0 * scale && py < b.y1 * scale,
      );
      const color = bar ? bar.color : BACKGROUND;
      const alpha = bar ? 1 : backgroundCoverage(px, py, scale);
      const i = (py * size + px) * 4;
      rgba[i] = color[0];
      rgba[i + 1] = color[1];
      rgba[i + 2] = color[2];
      rgba[i + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG; every scanline uses filter 0, which is plenty for a few kilobytes. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const here = dirname(fileURLToPath(import.meta.url));
for (const size of SIZES) {
  const file = join(here, `icon-${size}.png`);
  writeFileSync(file, drawIcon(size));
  console.log(`${file} (${size}×${size})`);
}
