/**
 * Colours as numbers: a CSS hex colour to red, green and blue (for the PDF,
 * which takes numbers), and the WCAG contrast ratio between two colours, so
 * the look's own tests can hold every colour to a readable contrast.
 */

export type Rgb = readonly [number, number, number];

/** "#b35806" → [179, 88, 6]. */
export function hexToRgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (match === null) throw new Error(`Not a six-digit hex colour: ${hex}`);
  const n = Number.parseInt(match[1] ?? '0', 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function channel(value: number): number {
  const v = value / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio, 1 to 21; body text needs 4.5, large text and marks 3. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
