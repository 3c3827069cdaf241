/**
 * `npm run icons`: draws the app's icons from build/icon.svg, the one source
 * of the mark, and writes build/icon.png (1024×1024, also the Linux icon),
 * build/icon.icns (macOS) and build/icon.ico (Windows, 16–256 px). The files
 * are committed, so building the installers needs nothing but electron-builder.
 *
 * Every size is drawn from the SVG at that size (resvg), not shrunk from the
 * big picture: shrinking 1024 px to 16 px leaves jagged edges and lost dots.
 * The two containers are simple enough to write here. The ICO is drawn from a
 * closer crop of the same drawing, without the margin macOS icons keep around
 * their tile, so the mark fills the small sizes Windows shows in lists and the
 * taskbar.
 *
 * `npm run icons -- --preview <folder>` also writes 16, 32, 64 and 256 px
 * PNGs of both crops there, to look at what the small sizes show.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const BUILD = 'build';
const source = readFileSync(join(BUILD, 'icon.svg'), 'utf8');

/** The same drawing framed tight around the tile (the tile spans 100–924 of 1024). */
const tight = source.replace('viewBox="0 0 1024 1024"', 'viewBox="92 92 840 840"');
if (tight === source) throw new Error('build/icon.svg must keep viewBox="0 0 1024 1024": the ICO’s crop depends on it.');

/** The drawing at `size` pixels square: a PNG file and its RGBA pixels (alpha not premultiplied). */
function render(svg, size) {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render();
  if (image.width !== size || image.height !== size) throw new Error(`build/icon.svg must be square (drew ${image.width}×${image.height}).`);
  const rgba = Buffer.from(image.pixels);
  // resvg's pixels are premultiplied; icon bitmaps store the colour as it is.
  for (let i = 0; i < rgba.length; i += 4) {
    const alpha = rgba[i + 3];
    if (alpha !== 0 && alpha !== 255) {
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.min(255, Math.round((rgba[i + c] * 255) / alpha));
    }
  }
  return { png: image.asPng(), rgba, size };
}

/**
 * A Windows .ico: 32-bit bitmaps below 64 px (what Explorer, the taskbar and
 * NSIS read everywhere), PNG from 64 px up (Windows Vista and later).
 */
function ico(images) {
  const entries = images.map(({ png, rgba, size }) => (size >= 64 ? png : bitmap(rgba, size)));
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(entries[i].length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += entries[i].length;
  });
  return Buffer.concat([header, ...entries]);
}

/** An icon bitmap: header, BGRA rows bottom-up, then the 1-bit mask (set where fully transparent). */
function bitmap(rgba, size) {
  const maskRow = Math.ceil(size / 32) * 4;
  const out = Buffer.alloc(40 + size * size * 4 + maskRow * size);
  out.writeUInt32LE(40, 0);
  out.writeInt32LE(size, 4);
  out.writeInt32LE(size * 2, 8); // colour and mask, one above the other
  out.writeUInt16LE(1, 12);
  out.writeUInt16LE(32, 14);
  out.writeUInt32LE(size * size * 4 + maskRow * size, 20);
  for (let y = 0; y < size; y++) {
    const row = size - 1 - y;
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = 40 + (row * size + x) * 4;
      out[to] = rgba[from + 2];
      out[to + 1] = rgba[from + 1];
      out[to + 2] = rgba[from];
      out[to + 3] = rgba[from + 3];
      if (rgba[from + 3] === 0) out[40 + size * size * 4 + row * maskRow + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  return out;
}

/**
 * A macOS .icns: PNGs from 16@2x to 512@2x, plus the classic 16 and 32 px
 * RGB-and-mask pictures that Finder's lists still use on screens that are not Retina.
 */
function icns(bySize) {
  const element = (type, data) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  };
  const parts = [
    ...[['ic11', 32], ['ic12', 64], ['ic07', 128], ['ic13', 256], ['ic08', 256], ['ic14', 512], ['ic09', 512], ['ic10', 1024]].map(
      ([type, size]) => element(type, bySize(size).png),
    ),
    element('il32', packedRgb(bySize(32).rgba)),
    element('l8mk', alphaOf(bySize(32).rgba)),
    element('is32', packedRgb(bySize(16).rgba)),
    element('s8mk', alphaOf(bySize(16).rgba)),
  ];
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

/** The red, then green, then blue channel, each run-length packed the ICNS way (here as literal runs of up to 128 bytes). */
function packedRgb(rgba) {
  const chunks = [];
  for (let channel = 0; channel < 3; channel++) {
    const values = [];
    for (let i = channel; i < rgba.length; i += 4) values.push(rgba[i]);
    for (let start = 0; start < values.length; start += 128) {
      const run = values.slice(start, start + 128);
      chunks.push(Buffer.from([run.length - 1, ...run]));
    }
  }
  return Buffer.concat(chunks);
}

function alphaOf(rgba) {
  const alpha = Buffer.alloc(rgba.length / 4);
  for (let i = 0; i < alpha.length; i++) alpha[i] = rgba[i * 4 + 3];
  return alpha;
}

const drawn = new Map();
const full = (size) => {
  if (!drawn.has(size)) drawn.set(size, render(source, size));
  return drawn.get(size);
};

writeFileSync(join(BUILD, 'icon.png'), full(1024).png);
writeFileSync(join(BUILD, 'icon.icns'), icns(full));
writeFileSync(join(BUILD, 'icon.ico'), ico([16, 20, 24, 32, 40, 48, 64, 128, 256].map((size) => render(tight, size))));
console.log('Wrote build/icon.png, build/icon.icns and build/icon.ico from build/icon.svg.');

const previewAt = process.argv.indexOf('--preview');
if (previewAt !== -1) {
  const folder = process.argv[previewAt + 1];
  if (!folder) throw new Error('--preview needs a folder.');
  mkdirSync(folder, { recursive: true });
  for (const size of [16, 32, 64, 256]) {
    writeFileSync(join(folder, `icon-${size}.png`), full(size).png);
    writeFileSync(join(folder, `icon-tight-${size}.png`), render(tight, size).png);
  }
  console.log(`Wrote previews to ${folder}.`);
}
