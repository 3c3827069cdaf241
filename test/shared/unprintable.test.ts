// What the PDF cannot print, named before export: CJK, emoji (a modified or
// joined emoji as one character) and right-to-left scripts, each with where it
// is; maths signs and symbols the fallback fonts draw are not named, and
// neither are invisible joiners or variation selectors.
import { describe, expect, it } from 'vitest';
import { PDF_PRINTABLE_RANGES } from '../../shared/present/pdf-printable';
import { inRanges, unprintableIn, unprintablePlaces } from '../../shared/present/unprintable';
import { apply, at, blank } from './helpers';

describe('unprintableIn', () => {
  it('passes Latin, Greek, Cyrillic and the maths signs and symbols the fallback fonts draw', () => {
    expect(unprintableIn('Zgłoszenie – Γραπτή – Дмитрий: ≥ 90 %, ≤ 2 min, ≠, →, ∞, ✓, ★, ●, ✔️')).toEqual([]);
  });

  it('names CJK, emoji and right-to-left letters, each once', () => {
    expect(unprintableIn('会計 会 😀 😀 שלום')).toEqual(['会', '計', '😀', 'ש', 'ל', 'ו', 'ם']);
  });

  it('keeps an emoji with a skin tone, or people joined into a family, as one character', () => {
    expect(unprintableIn('Thanks 👍🏽 from 👩‍👩‍👧')).toEqual(['👍🏽', '👩‍👩‍👧']);
  });

  it('reads the ranges with a binary search', () => {
    expect(inRanges(PDF_PRINTABLE_RANGES, 0x41)).toBe(true);
    expect(inRanges(PDF_PRINTABLE_RANGES, 0x2265)).toBe(true);
    expect(inRanges(PDF_PRINTABLE_RANGES, 0x4f1a)).toBe(false);
    expect(inRanges([[10, 20]], 9)).toBe(false);
    expect(inRanges([[10, 20]], 20)).toBe(true);
  });
});

describe('unprintablePlaces', () => {
  it('says where each character is, in the order the PDF prints them', () => {
    let w = blank();
    const team = at(w.teams, 0).id;
    w = apply(w, { type: 'touchpoint/add', teamId: team, stageId: at(w.stages, 0).id, channelId: at(w.channels, 0).id, title: '会計 counter' });
    w = apply(w, { type: 'fix/add', teamId: team, title: 'Smile more 😀', touchpointIds: [], pillarIds: [], impact: 3, effort: 3 });
    w = apply(w, { type: 'action/add', fixId: null, title: 'Answer ≥ 90 % of calls', pillarId: null, touchpointId: null, owner: 'Yuki 佐藤', dueDate: '' });
    expect(unprintablePlaces(w)).toEqual([
      { place: 'the touchpoint “会計 counter”', characters: ['会', '計'] },
      { place: 'the owner of the action “Answer ≥ 90 % of calls”', characters: ['佐', '藤'] },
      { place: 'the fix “Smile more 😀”', characters: ['😀'] },
    ]);
  });

  it('is empty when everything prints', () => {
    expect(unprintablePlaces(blank())).toEqual([]);
  });
});
