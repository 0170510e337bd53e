// Draws build/icon.png (512x512): a causeway of stepping stones across water, three stones rising
// left to right like a logic chain. Plain Node (zlib + CRC), so the icon is made, not copied.
import { Buffer } from 'node:buffer';
import { URL, fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const SIZE = 512;
const pixels = Buffer.alloc(SIZE * SIZE * 4);
const water = [22, 94, 120];
const stone = [244, 239, 226];
const radius = 96;

function inRoundedSquare(x, y) {
  const cx = Math.min(Math.max(x, radius), SIZE - radius);
  const cy = Math.min(Math.max(y, radius), SIZE - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}
const stones = [
  { x: 80, y: 300, w: 100, h: 60 },
  { x: 206, y: 240, w: 100, h: 120 },
  { x: 332, y: 170, w: 100, h: 190 },
];
for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) {
    const i = (y * SIZE + x) * 4;
    if (!inRoundedSquare(x, y)) continue; // transparent corners
    const onStone = stones.some((s) => x >= s.x && x < s.x + s.w && y >= s.y && y < s.y + s.h);
    const wave = y > 380 && y < 400 && Math.sin(x / 18) * 6 + 390 > y - 4 && Math.sin(x / 18) * 6 + 390 < y + 4;
    const [r, g, b] = onStone || wave ? stone : water;
    pixels[i] = r;
    pixels[i + 1] = g;
    pixels[i + 2] = b;
    pixels[i + 3] = 255;
  }
}

const table = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = table[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) pixels.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(fileURLToPath(new URL('./icon.png', import.meta.url)), png);
