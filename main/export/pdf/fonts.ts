/**
 * The PDF's fonts: Noto Sans regular and bold, embedded as Unicode fonts
 * (Identity-H) so names in any Latin, Greek or Cyrillic script print as typed.
 * jsPDF subsets an Identity-H font to the glyphs a document uses, so the files
 * stay small although each TTF is about 630 KB.
 *
 * The TTFs are read straight from the installed @expo-google-fonts/noto-sans
 * package (no copy in our tree, no network) and kept as base64 for the life
 * of the process: every export after the first skips the disk and the encoding.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { jsPDF } from 'jspdf';

/** The family name sections pass to setFont and to autotable styles. */
export const FONT_FAMILY = 'NotoSans';

const FONT_FILES = {
  normal: { vfsName: 'NotoSans-Regular.ttf', module: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf' },
  bold: { vfsName: 'NotoSans-Bold.ttf', module: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf' },
} as const;

type FontStyle = keyof typeof FONT_FILES;

let cachedBase64: Readonly<Record<FontStyle, string>> | undefined;

function readFontAsBase64(moduleSpecifier: string): string {
  const require = createRequire(import.meta.url);
  let path: string;
  try {
    path = require.resolve(moduleSpecifier);
  } catch {
    throw new Error(
      `The PDF font file ${moduleSpecifier} is missing. Reinstall the app (the package @expo-google-fonts/noto-sans ships it).`,
    );
  }
  return readFileSync(path).toString('base64');
}

/** Both font files as base64, read from disk on the first call only. */
export function loadFontData(): Readonly<Record<FontStyle, string>> {
  cachedBase64 ??= {
    normal: readFontAsBase64(FONT_FILES.normal.module),
    bold: readFontAsBase64(FONT_FILES.bold.module),
  };
  return cachedBase64;
}

/**
 * Registers regular and bold with one document. jsPDF keeps fonts per
 * document, so this runs for each export; only the cheap part repeats.
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
}
