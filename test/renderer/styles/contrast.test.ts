/**
 * The colours in renderer/styles/tokens.css, paired as the screens pair them,
 * read at WCAG contrast: text at 4.5:1 or more, the focus ring and other
 * shapes a person must see at 3:1 or more — in the normal look and in each
 * high-contrast look. A token change that makes anything hard to read fails
 * here, before it reaches a projector at the back of a room.
 */
import { describe, expect, it } from 'vitest';
import { FEELINGS } from '../../../shared/present/feelings';
import { SCORE_LEGEND as HEAT_LEGEND } from '../../../shared/present/score-colours';
import { declarations, TOKENS_FILE, varsUsed } from './css-source';

type Look = 'normal' | 'board high contrast' | 'projector' | 'projector high contrast';

/** Each look: the blocks of tokens.css it is made of, later ones overriding earlier ones. */
const LOOKS: Record<Look, readonly string[]> = {
  normal: [':root'],
  'board high contrast': [':root', '.board-high-contrast'],
  projector: [':root', '.wall'],
  'projector high contrast': [':root', '.wall', '.wall-contrast'],
};

function tokensOf(look: Look): Map<string, string> {
  const values = new Map<string, string>();
  const all = declarations(TOKENS_FILE).filter((d) => d.property.startsWith('--'));
  for (const selector of LOOKS[look]) {
    // Only the block itself, not :root inside a media query (phone sizes, no colours).
    for (const d of all.filter((x) => x.context.length === 1 && x.context[0] === selector)) values.set(d.property, d.value);
  }
  return values;
}

/** A token's colour in a look, following var() to the token it names. */
function colour(look: Look, name: string): string {
  const values = tokensOf(look);
  let value = values.get(name);
  for (let hops = 0; value !== undefined && hops < 5; hops += 1) {
    const [inner] = varsUsed(value);
    if (inner === undefined || value.trim() !== `var(${inner})`) break;
    value = values.get(inner);
  }
  if (value === undefined || !/^#[0-9a-f]{6}$/i.test(value.trim())) {
    throw new Error(`${name} in the ${look} look is ${String(value)}, not an opaque #rrggbb colour.`);
  }
  return value.trim().toLowerCase();
}

/** WCAG 2 relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const channel = (offset: number): number => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const TEXT = 4.5;
const SHAPE = 3;

interface Pair {
  readonly fg: string;
  readonly bg: string;
  readonly least: number;
}

/** Every pair the tokens make in a look, below the least it needs, as sentences. */
function shortfalls(look: Look, pairs: readonly Pair[]): string[] {
  return pairs.flatMap(({ fg, bg, least }) => {
    const ratio = contrast(colour(look, fg), colour(look, bg));
    return ratio + 1e-9 < least ? [`${fg} on ${bg}: ${ratio.toFixed(2)}:1, needs ${String(least)}:1`] : [];
  });
}

function each(fgs: readonly string[], bgs: readonly string[], least: number): Pair[] {
  return fgs.flatMap((fg) => bgs.map((bg) => ({ fg, bg, least })));
}

const SURFACES = ['--color-bg', '--color-surface', '--color-surface-muted', '--color-surface-raised'];
const SOFT_BACKGROUNDS = [
  '--color-primary-soft',
  '--color-success-soft',
  '--color-warning-soft',
  '--color-danger-soft',
  '--color-truth-soft',
  '--color-drop-target',
];
const FEELING_TOKENS = ['--feeling-very-unhappy', '--feeling-unhappy', '--feeling-neutral', '--feeling-happy', '--feeling-delighted'];
/** Where a feeling's sign is read: a card, a moment-of-truth card, and the editor's chosen option. */
const CARD_BACKGROUNDS = ['--color-surface', '--color-truth-soft', '--color-primary-soft'];

/** The app's screens: the normal look and the board's high-contrast look share these pairs. */
function appPairs(): Pair[] {
  return [
    ...each(['--color-text', '--color-text-muted'], [...SURFACES, ...SOFT_BACKGROUNDS], TEXT),
    ...each(['--color-primary'], [...SURFACES, '--color-primary-soft'], TEXT),
    ...each(['--color-primary-text'], ['--color-primary', '--color-primary-hover'], TEXT),
    ...each(['--color-danger-text'], ['--color-danger', '--color-danger-hover'], TEXT),
    ...each(['--color-danger'], [...SURFACES, '--color-danger-soft'], TEXT),
    ...each(['--color-success'], [...SURFACES, '--color-success-soft'], TEXT),
    ...each(['--color-warning'], [...SURFACES, '--color-warning-soft'], TEXT),
    ...each(['--color-inverse-text'], ['--color-inverse-bg'], TEXT),
    ...each(FEELING_TOKENS, CARD_BACKGROUNDS, TEXT),
    // The moment-of-truth star, and the edge of every field and button.
    ...each(['--color-truth'], ['--color-surface', '--color-truth-soft'], SHAPE),
    ...each(['--color-border-strong'], SURFACES, SHAPE),
  ];
}

/** The ring is two bands; it shows where at least one of them stands out from what is behind it. */
function ringShortfalls(look: Look, behind: readonly string[]): string[] {
  const ring = colour(look, '--color-focus');
  const halo = colour(look, '--color-focus-halo');
  const problems = behind.flatMap((name) => {
    const bg = colour(look, name);
    const best = Math.max(contrast(ring, bg), contrast(halo, bg));
    return best < SHAPE ? [`focus ring on ${name}: ${best.toFixed(2)}:1, needs ${String(SHAPE)}:1`] : [];
  });
  if (contrast(ring, halo) < SHAPE) problems.push(`the ring's two bands: ${contrast(ring, halo).toFixed(2)}:1`);
  return problems;
}

describe('contrast of the design tokens', () => {
  it('reads every text at 4.5:1 and every needed shape at 3:1 on the app’s surfaces, in the normal look', () => {
    expect(shortfalls('normal', appPairs())).toEqual([]);
  });

  it('does the same in the board’s high-contrast look', () => {
    expect(shortfalls('board high contrast', appPairs())).toEqual([]);
  });

  it('keeps the feeling "−1" orange readable on a card — the colour that was 3.85:1 on a moment of truth', () => {
    expect(contrast(colour('normal', '--feeling-unhappy'), colour('normal', '--color-truth-soft'))).toBeGreaterThanOrEqual(TEXT);
  });

  it('shows the focus ring at 3:1 on white and on every surface of every look', () => {
    expect(contrast(colour('normal', '--color-focus'), '#ffffff')).toBeGreaterThanOrEqual(SHAPE);
    const appSurfaces = [...SURFACES, ...SOFT_BACKGROUNDS, '--color-primary', '--color-inverse-bg'];
    expect(ringShortfalls('normal', appSurfaces)).toEqual([]);
    expect(ringShortfalls('board high contrast', appSurfaces)).toEqual([]);
    expect(ringShortfalls('projector', ['--wall-bg', '--wall-panel'])).toEqual([]);
    expect(ringShortfalls('projector high contrast', ['--wall-bg', '--wall-panel'])).toEqual([]);
  });

  // The score cells' own colours are the shared scale's, held to 4.5:1 (7:1 in high contrast) in test/shared/present/look.test.ts.
  it('reads the Rate screen’s not-applicable cells and the Insights chart', () => {
    expect(
      shortfalls('normal', [
        ...each(['--rating-na-text'], ['--rating-na-stripe', '--rating-na-stripe-alt'], TEXT),
        // The bars carry their value in text; the feeling line must be seen against the panel.
        ...each(['--color-text'], ['--chart-bar'], TEXT),
        ...each(['--chart-line'], ['--color-surface'], SHAPE),
      ]),
    ).toEqual([]);
  });

  it('reads the join screen from the back of the room', () => {
    expect(
      shortfalls('normal', [
        ...each(['--poster-text', '--poster-text-muted'], ['--poster-bg'], TEXT),
        ...each(['--poster-alert-text'], ['--poster-alert-bg'], TEXT),
      ]),
    ).toEqual([]);
  });

  it('reads every colour of the projector’s wall on its background and panels, in both its looks', () => {
    const inks = ['--wall-ink', '--wall-muted', '--wall-accent', '--wall-good', '--wall-warn'];
    const pairs = each(inks, ['--wall-bg', '--wall-panel'], TEXT);
    expect(shortfalls('projector', pairs)).toEqual([]);
    expect(shortfalls('projector high contrast', pairs)).toEqual([]);
  });

  it('gives the cards the same feeling colours the tokens hold', () => {
    expect(FEELINGS.map((f) => f.colour.toLowerCase())).toEqual(FEELING_TOKENS.map((name) => colour('normal', name)));
  });

  it('gives the Insights chart the heatmap’s own score colours', () => {
    const tokens = ['--score-broken', '--score-poor', '--score-acceptable', '--score-good', '--score-excellent'];
    expect(HEAT_LEGEND.map((band) => band.background.toLowerCase())).toEqual(tokens.map((name) => colour('normal', name)));
  });
});
