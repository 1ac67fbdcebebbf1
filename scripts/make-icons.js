#!/usr/bin/env node
// Draws the add-in icon (a red document with white text lines and a gold check mark)
// and writes it as RGBA PNGs at the sizes the manifest declares: 16, 32, 80 (ribbon
// buttons), 32 and 64 (IconUrl, HighResolutionIconUrl) and 128 (store-style listing).
// No image library: the shape is a coverage function, supersampled per pixel, and the
// PNG is written by hand with zlib, so the icons can be regenerated on any machine.
//
//   node scripts/make-icons.js [outDir]      (default: assets/)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80, 128];
const RED = [200, 16, 46];
const GOLD = [255, 204, 0];
const WHITE = [255, 255, 255];

// Geometry in unit coordinates (0..1, y down).
const DOC = { left: 0.17, right: 0.83, top: 0.05, bottom: 0.95, fold: 0.2, radius: 0.06 };
const LINES = [0.3, 0.42]; // text lines, drawn only when there is room for them
const CHECK = [
  [0.3, 0.64],
  [0.45, 0.79],
  [0.74, 0.47],
];

function insideDocument(x, y) {
  const { left, right, top, bottom, fold, radius } = DOC;
  if (x < left || x > right || y < top || y > bottom) return false;
  // Folded top-right corner.
  if (x - (right - fold) > y - top) return false;
  // Rounded remaining corners.
  const corners = [
    [left + radius, top + radius, x < left + radius && y < top + radius],
    [left + radius, bottom - radius, x < left + radius && y > bottom - radius],
    [right - radius, bottom - radius, x > right - radius && y > bottom - radius],
  ];
  for (const [cx, cy, inCorner] of corners) {
    if (inCorner && (x - cx) ** 2 + (y - cy) ** 2 > radius ** 2) return false;
  }
  return true;
}

function insideFold(x, y) {
  const { right, top, fold } = DOC;
  // The turned-down flap: a triangle below the diagonal of the cut corner.
  return x >= right - fold && x <= right && y >= top && y <= top + fold && x - (right - fold) <= y - top;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function colourAt(x, y, size) {
  // Thicker strokes at small sizes keep the check mark readable at 16 px.
  const checkHalfWidth = size <= 16 ? 0.09 : size <= 32 ? 0.075 : 0.065;
  const checkDistance = Math.min(distanceToSegment(x, y, CHECK[0], CHECK[1]), distanceToSegment(x, y, CHECK[1], CHECK[2]));
  if (checkDistance <= checkHalfWidth) return GOLD;
  if (insideFold(x, y)) return [236, 120, 130];
  if (!insideDocument(x, y)) return null;
  if (size >= 32) {
    const lineHalf = 0.028;
    for (const ly of LINES) {
      if (Math.abs(y - ly) <= lineHalf && x >= DOC.left + 0.1 && x <= DOC.right - 0.14) return WHITE;
    }
  }
  return RED;
}

function render(size) {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered++;
        }
      }
      const o = (py * size + px) * 4;
      if (covered > 0) {
        pixels[o] = Math.round(r / covered);
        pixels[o + 1] = Math.round(g / covered);
        pixels[o + 2] = Math.round(b / covered);
        pixels[o + 3] = Math.round((255 * covered) / (samples * samples));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, '..', 'assets'));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(`已生成 ${path.relative(process.cwd(), file)}（${size}×${size}）`);
  }
}

if (require.main === module) main();

module.exports = { SIZES, encodePng, render };
