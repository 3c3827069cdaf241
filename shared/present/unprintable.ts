/**
 * What the PDF cannot print, found before export: every character in the
 * text the action plan prints that none of its fonts draws (CJK, emoji,
 * right-to-left scripts…), with where it is, so the Export screen can name
 * it ("会 and 計 in the touchpoint “会計”") rather than the PDF leave a gap
 * nobody notices. The fields scanned are the ones main/export/pdf prints.
 */
import type { Workshop } from '../model';
import { PDF_PRINTABLE_RANGES } from './pdf-printable';

export type CodePointRanges = readonly (readonly [number, number])[];

export interface UnprintablePlace {
  /** Where in the workshop, in words: "the touchpoint “会計”", "the owner of the action “Call back”". */
  readonly place: string;
  /** The characters that will not print there, each once, in the order they appear (an emoji with its modifiers is one). */
  readonly characters: readonly string[];
}

/** Whether a code point falls in one of the sorted ranges (a binary search). */
export function inRanges(ranges: CodePointRanges, codePoint: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle];
    if (range === undefined) return false;
    if (codePoint < range[0]) high = middle - 1;
    else if (codePoint > range[1]) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * Characters that are meant not to show on their own, so their absence loses
 * nothing: line breaks and tabs, zero-width joiners and spaces, variation
 * selectors, tag characters.
 */
function invisible(codePoint: number): boolean {
  return (
    codePoint === 0x09 ||
    codePoint === 0x0a ||
    codePoint === 0x0d ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x2060 && codePoint <= 0x2064) ||
    codePoint === 0xfeff ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0xe0000 && codePoint <= 0xe01ef)
  );
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

function allPrintable(text: string, printable: CodePointRanges): boolean {
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (!invisible(codePoint) && !inRanges(printable, codePoint)) return false;
  }
  return true;
}

/** The characters of `text` that will not print, each once: a grapheme any of whose visible code points is not printable. */
export function unprintableIn(text: string, printable: CodePointRanges = PDF_PRINTABLE_RANGES): readonly string[] {
  // Nearly all text prints: one pass over its code points settles that without splitting it into graphemes,
  // which is what keeps the Export screen quick on a workshop of hundreds of cards.
  if (allPrintable(text, printable)) return [];
  const found: string[] = [];
  for (const { segment } of graphemes.segment(text)) {
    const missing = [...segment].some((char) => {
      const codePoint = char.codePointAt(0) ?? 0;
      return !invisible(codePoint) && !inRanges(printable, codePoint);
    });
    if (missing && !found.includes(segment)) found.push(segment);
  }
  return found;
}

/** Every piece of text the PDF prints, with where it is, in the order the PDF prints them. */
function printedText(workshop: Workshop): readonly { readonly place: string; readonly text: string }[] {
  const quoted = (name: string): string => `“${name}”`;
  const teamIds = new Set(workshop.teams.map((t) => t.id));
  return [
    { place: 'the workshop’s title', text: workshop.title },
    { place: 'the organisation', text: workshop.organisation },
    { place: 'the facilitator’s name', text: workshop.facilitator },
    { place: 'the customer', text: workshop.persona },
    { place: 'the scope', text: workshop.scope },
    ...workshop.teams.map((t) => ({ place: `the team ${quoted(t.name)}`, text: t.name })),
    ...workshop.framework.pillars.map((p) => ({ place: `the pillar ${quoted(p.name)}`, text: p.name })),
    ...workshop.touchpoints.map((t) => ({ place: `the touchpoint ${quoted(t.title)}`, text: t.title })),
    ...workshop.stages.map((s) => ({ place: `the stage ${quoted(s.name)}`, text: s.name })),
    ...workshop.channels.map((c) => ({ place: `the channel ${quoted(c.name)}`, text: c.name })),
    ...workshop.actions.flatMap((a) => [
      { place: `the action ${quoted(a.title)}`, text: a.title },
      { place: `the owner of the action ${quoted(a.title)}`, text: a.owner },
      { place: `the success measure of the action ${quoted(a.title)}`, text: a.successMeasure },
    ]),
    ...workshop.fixes.map((f) => ({ place: `the fix ${quoted(f.title)}`, text: f.title })),
    { place: 'the framework’s name', text: workshop.framework.name },
    ...workshop.framework.pillars.flatMap((p) => [
      { place: `the description of the pillar ${quoted(p.name)}`, text: p.summary },
      ...p.prompts.map((prompt) => ({ place: `a question of the pillar ${quoted(p.name)}`, text: prompt })),
    ]),
    // The PDF lists each team's members.
    ...workshop.participants.filter((p) => teamIds.has(p.teamId)).map((p) => ({ place: `the participant ${quoted(p.name)}`, text: p.name })),
  ];
}

/**
 * Every place in the text the PDF prints that holds a character its fonts
 * cannot draw, in the order the PDF prints them; empty when all of it prints.
 * `printable`: the code points the PDF's fonts draw (PDF_PRINTABLE_RANGES).
 */
export function unprintablePlaces(workshop: Workshop, printable: CodePointRanges = PDF_PRINTABLE_RANGES): readonly UnprintablePlace[] {
  const places: UnprintablePlace[] = [];
  for (const { place, text } of printedText(workshop)) {
    const characters = unprintableIn(text, printable);
    if (characters.length === 0) continue;
    const same = places.find((p) => p.place === place);
    if (same) places[places.indexOf(same)] = { place, characters: [...new Set([...same.characters, ...characters])] };
    else places.push({ place, characters });
  }
  return places;
}
