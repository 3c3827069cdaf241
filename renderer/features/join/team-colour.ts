/**
 * Text that stays readable on a team's own colour: black on light colours,
 * white on dark ones, by the colour's relative luminance (WCAG). The teams'
 * colours are the facilitator's choice, so the join screen cannot assume any.
 */
export function textOnColour(hex: string): '#000000' | '#ffffff' {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return '#000000';
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => channel(parseInt(part ?? '0', 16) / 255));
  const luminance = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  // Where black and white give the same contrast: (L + 0.05)² = 1.05 × 0.05.
  return luminance > 0.179 ? '#000000' : '#ffffff';
}

function channel(value: number): number {
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}
