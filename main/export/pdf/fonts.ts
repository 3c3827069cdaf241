/**
 * The PDF's fonts: Noto Sans regular and bold, embedded as Unicode fonts
 * (Identity-H) so names in any Latin, Greek or Cyrillic script print as typed,
 * and fallback fonts for what Noto Sans lacks: Noto Sans Math (≥, ≠, →, ∞…)
 * and Noto Sans Symbols 2 (✓, ★, ●, arrows, Braille…). jsPDF subsets an
 * Identity-H font to the glyphs a document uses, so the files stay small.
 *
 * jsPDF draws a run of text in one font and drops any character that font
 * lacks, so "≥ 90 %" would print as " 90 %". Here each document's text
 * drawing switches font per run of characters (font-fallback.ts): a
 * character Noto Sans lacks is drawn in the first fallback that has it, and
 * measured in that font too, so wrapping and alignment stay right. What no
 * font has (CJK, emoji) cannot print; the Export screen names it before
 * export (shared/present/unprintable.ts), from the code points listed in
 * shared/present/pdf-printable.ts, which a test keeps equal to these fonts.
 *
 * The TTFs are read straight from the installed @expo-google-fonts/noto-sans
 * package; the fallbacks ship as WOFF in @fontsource packages and are
 * unpacked to TrueType here (no copy in our tree, no network). Everything is
 * kept as base64 for the life of the process, and a fallback is added to a
 * document only when its text needs it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { jsPDF } from 'jspdf';

/** The family name sections pass to setFont and to autotable styles. */
export const FONT_FAMILY = 'NotoSans';

const FONT_FILES = {
  normal: { vfsName: 'NotoSans-Regular.ttf', module: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf' },
  bold: { vfsName: 'NotoSans-Bold.ttf', module: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf' },
} as const;

/** Tried in this order for a character Noto Sans lacks; each is regular weight only. */
export const FALLBACK_FONTS = [
  { family: 'NotoSansMath', module: '@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff' },
  { family: 'NotoSansSymbols2', module: '@fontsource/noto-sans-symbols-2/files/noto-sans-symbols-2-symbols-400-normal.woff' },
  { family: 'NotoSansSymbols2Math', module: '@fontsource/noto-sans-symbols-2/files/noto-sans-symbols-2-math-400-normal.woff' },
  { family: 'NotoSansSymbols2Braille', module: '@fontsource/noto-sans-symbols-2/files/noto-sans-symbols-2-braille-400-normal.woff' },
] as const;

type FontStyle = keyof typeof FONT_FILES;

/** What this module reads of jsPDF's parsed TrueType font (its `metadata`). */
export interface ParsedFont {
  readonly cmap: { readonly unicode: { readonly codeMap: Readonly<Record<number, number>> } | null };
  characterToGlyph(code: number): number;
  widthOfGlyph(glyph: number): number;
}

interface TtfParser {
  readonly TTFFont: { open(data: Uint8Array): ParsedFont };
}

function resolveFontFile(moduleSpecifier: string): string {
  const require = createRequire(import.meta.url);
  try {
    return require.resolve(moduleSpecifier);
  } catch {
    const pkg = moduleSpecifier.split('/').slice(0, 2).join('/');
    throw new Error(`The PDF font file ${moduleSpecifier} is missing. Reinstall the app (the package ${pkg} ships it).`);
  }
}

/**
 * A WOFF 1.0 file as the TrueType file it wraps: the same tables, each
 * inflated where it was compressed, behind a plain sfnt table directory.
 */
export function woffToTtf(woff: Uint8Array): Uint8Array {
  const view = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Not a WOFF font file.');
  const flavor = view.readUInt32BE(4);
  const numTables = view.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = view.readUInt32BE(at + 4);
    const compressed = view.readUInt32BE(at + 8);
    const original = view.readUInt32BE(at + 12);
    const raw = view.subarray(offset, offset + compressed);
    return { tag: view.readUInt32BE(at), checksum: view.readUInt32BE(at + 16), data: compressed < original ? inflateSync(raw) : raw };
  });
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= numTables) entrySelector += 1;
  const searchRange = 2 ** entrySelector * 16;
  const directory = Buffer.alloc(12 + numTables * 16);
  directory.writeUInt32BE(flavor, 0);
  directory.writeUInt16BE(numTables, 4);
  directory.writeUInt16BE(searchRange, 6);
  directory.writeUInt16BE(entrySelector, 8);
  directory.writeUInt16BE(numTables * 16 - searchRange, 10);
  const parts: Buffer[] = [directory];
  let offset = directory.length;
  tables.forEach((table, i) => {
    const at = 12 + i * 16;
    directory.writeUInt32BE(table.tag, at);
    directory.writeUInt32BE(table.checksum, at + 4);
    directory.writeUInt32BE(offset, at + 8);
    directory.writeUInt32BE(table.data.length, at + 12);
    // Every table starts on a four-byte boundary.
    const padded = Buffer.alloc((table.data.length + 3) & ~3);
    table.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return new Uint8Array(Buffer.concat(parts));
}

export interface FallbackFont {
  readonly family: string;
  readonly vfsName: string;
  readonly base64: string;
  /** Parsed once, for measuring and for knowing which characters it has; each document parses its own copy to embed. */
  readonly parsed: ParsedFont;
}

let cachedMain: Readonly<Record<FontStyle, string>> | undefined;
let cachedFallbacks: readonly FallbackFont[] | undefined;

function parse(bytes: Uint8Array): ParsedFont {
  return (jsPDF.API as unknown as TtfParser).TTFFont.open(bytes);
}

/** Both main font files as base64, read from disk on the first call only. */
export function loadFontData(): Readonly<Record<FontStyle, string>> {
  cachedMain ??= {
    normal: readFileSync(resolveFontFile(FONT_FILES.normal.module)).toString('base64'),
    bold: readFileSync(resolveFontFile(FONT_FILES.bold.module)).toString('base64'),
  };
  return cachedMain;
}

/** The fallback fonts, read, unpacked and parsed the first time a text needs one (a few hundred milliseconds, once). */
export function loadFallbackFonts(): readonly FallbackFont[] {
  cachedFallbacks ??= FALLBACK_FONTS.map((font): FallbackFont => {
    const ttf = woffToTtf(readFileSync(resolveFontFile(font.module)));
    return { family: font.family, vfsName: `${font.family}.ttf`, base64: Buffer.from(ttf).toString('base64'), parsed: parse(ttf) };
  });
  return cachedFallbacks;
}

/** Whether a parsed font draws this (BMP) code point: jsPDF reads only a font's 16-bit character map. */
export function fontHas(font: ParsedFont, codePoint: number): boolean {
  return (font.cmap.unicode?.codeMap[codePoint] ?? 0) > 0;
}

/**
 * Registers regular and bold with one document, and makes its text drawing
 * fall back per run of characters. jsPDF keeps fonts per document, so this
 * runs for each export; only the cheap part repeats.
 */
export function registerFonts(doc: jsPDF): void {
  const data = loadFontData();
  for (const style of ['normal', 'bold'] as const) {
    const file = FONT_FILES[style];
    doc.addFileToVFS(file.vfsName, data[style]);
    // The four-argument form: a fourth argument that names an encoding is
    // taken as the encoding (a weight there would rename the style).
    doc.addFont(file.vfsName, FONT_FAMILY, style, 'Identity-H');
  }
  doc.setFont(FONT_FAMILY, 'normal');
  installFallback(doc);
}

/** Which font draws a character: 'main', a fallback's index, or null when none has it. */
type Source = 'main' | number | null;

/** A control character: jsPDF would cut the line short at one. */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** Tab prints as a space; other control characters print as nothing. */
function withoutControls(line: string): string {
  let out = '';
  for (const char of line) {
    const code = char.charCodeAt(0);
    if (!isControl(code)) out += char;
    else if (char === '\t') out += ' ';
  }
  return out;
}

/**
 * Right-to-left scripts (Hebrew, Arabic and their neighbours): the math font
 * has some of their letters, but drawn one by one, left to right and
 * unjoined, they would not read as typed, so they count as not printable.
 */
function rightToLeft(code: number): boolean {
  return (code >= 0x0590 && code <= 0x08ff) || (code >= 0xfb1d && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe);
}

/** The font that draws a UTF-16 code unit: Noto Sans (`main`) if it can, else the first fallback that has it. */
function sourceFor(main: ParsedFont, code: number): Source {
  if (isControl(code) || (code >= 0xd800 && code <= 0xdfff)) return null;
  if (fontHas(main, code)) return 'main';
  if (rightToLeft(code)) return null;
  const index = loadFallbackFonts().findIndex((f) => fontHas(f.parsed, code));
  return index >= 0 ? index : null;
}

type PatchableFont = ParsedFont & { characterToGlyph: (code: number) => number; widthOfGlyph: (glyph: number) => number };

function installFallback(doc: jsPDF): void {
  const internal = doc.internal as unknown as { getFont(name: string, style: string): { metadata: unknown } };
  const metadataOf = (style: FontStyle) => internal.getFont(FONT_FAMILY, style).metadata as PatchableFont;
  // Coverage is the regular font's own character map (bold has the same characters).
  const main = metadataOf('normal');
  const fallbacks = (): readonly FallbackFont[] => loadFallbackFonts();
  const sourceCache = new Map<number, Source>();
  const sourceOf = (code: number): Source => {
    let source = sourceCache.get(code);
    if (source === undefined) {
      source = sourceFor(main, code);
      sourceCache.set(code, source);
    }
    return source;
  };

  // Measuring: a character Noto Sans lacks takes its fallback's width (one that
  // no font has, none), so wrapping and alignment match what is drawn. The
  // stand-in glyph numbers are negative and never reach the file: text with
  // such characters is drawn run by run below, each run in a font that has it.
  const NOTHING = -0x200000;
  for (const style of ['normal', 'bold'] as const) {
    const metadata = metadataOf(style);
    const toGlyph = metadata.characterToGlyph.bind(metadata);
    const width = metadata.widthOfGlyph.bind(metadata);
    metadata.characterToGlyph = (code: number): number => {
      const source = sourceOf(code);
      if (source === 'main') return toGlyph(code);
      return source === null ? NOTHING : -1 - code;
    };
    metadata.widthOfGlyph = (glyph: number): number => {
      if (glyph >= 0) return width(glyph);
      if (glyph === NOTHING) return 0;
      const code = -1 - glyph;
      const source = sourceOf(code);
      const font = typeof source === 'number' ? fallbacks()[source]?.parsed : undefined;
      return font ? font.widthOfGlyph(font.characterToGlyph(code)) : 0;
    };
  }

  const added = new Set<number>();
  const useFallback = (index: number): string => {
    const font = fallbacks()[index];
    if (!font) return FONT_FAMILY;
    if (!added.has(index)) {
      doc.addFileToVFS(font.vfsName, font.base64);
      doc.addFont(font.vfsName, font.family, 'normal', 'Identity-H');
      added.add(index);
    }
    return font.family;
  };

  const needsRuns = (line: string): boolean => {
    for (let i = 0; i < line.length; i++) if (sourceOf(line.charCodeAt(i)) !== 'main') return true;
    return false;
  };

  /** A line cut into runs that one font draws; characters no font has are left out. */
  const runsOf = (line: string): { source: 'main' | number; text: string }[] => {
    const runs: { source: 'main' | number; text: string }[] = [];
    for (let i = 0; i < line.length; i++) {
      const source = sourceOf(line.charCodeAt(i));
      if (source === null) continue;
      const last = runs.at(-1);
      if (last?.source === source) last.text += line.charAt(i);
      else runs.push({ source, text: line.charAt(i) });
    }
    return runs;
  };

  const drawText = doc.text.bind(doc);
  const text: jsPDF['text'] = (value, x, y, options, transform) => {
    const lines = (Array.isArray(value) ? value : [value]).flatMap((line) => String(line).split(/\r?\n/));
    if (!lines.some(needsRuns)) return drawText(value, x, y, options, transform);
    const { align, ...rest } = options ?? {};
    const { fontName, fontStyle } = doc.getFont();
    const step = (doc.getFontSize() * doc.getLineHeightFactor()) / doc.internal.scaleFactor;
    lines.forEach((raw, i) => {
      const line = withoutControls(raw);
      const width = doc.getTextWidth(line);
      let at = align === 'center' ? x - width / 2 : align === 'right' ? x - width : x;
      for (const run of runsOf(line)) {
        doc.setFont(run.source === 'main' ? fontName : useFallback(run.source), run.source === 'main' ? fontStyle : 'normal');
        drawText(run.text, at, y + i * step, rest, transform);
        at += doc.getTextWidth(run.text);
      }
      doc.setFont(fontName, fontStyle);
    });
    return doc;
  };
  doc.text = text;
}

/**
 * Every code point the PDF prints, as sorted [first, last] ranges: those
 * Noto Sans or a fallback draws. Written to shared/present/pdf-printable.ts
 * for the Export screen's warning; a test keeps the two equal.
 */
export function printableRanges(): readonly (readonly [number, number])[] {
  const main = parse(new Uint8Array(Buffer.from(loadFontData().normal, 'base64')));
  const ranges: [number, number][] = [];
  for (let code = 0x20; code <= 0xffff; code++) {
    if (sourceFor(main, code) === null) continue;
    const last = ranges.at(-1);
    if (last && last[1] === code - 1) last[1] = code;
    else ranges.push([code, code]);
  }
  return ranges;
}
