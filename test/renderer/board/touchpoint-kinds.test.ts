// The kinds a cell's "+" suggests for its channel, for the channels of every journey template and some of a team's own.
import { describe, expect, it } from 'vitest';
import { kindsForChannel, PALETTE_KINDS } from '../../../renderer/features/board/touchpoint-kinds';

const firstOf = (channel: string, n = 1) => kindsForChannel(channel).slice(0, n);

describe('touchpoint kinds by channel', () => {
  it('suggests what is usually found in each template channel first', () => {
    expect(firstOf('Web')).toEqual(['Web page']);
    expect(firstOf('Website')).toEqual(['Web page']);
    expect(firstOf('Online account')).toEqual(['Web page']);
    expect(firstOf('App')).toEqual(['App screen']);
    expect(firstOf('In the product')).toEqual(['App screen']);
    expect(firstOf('Phone', 2)).toEqual(['Phone menu', 'Live call']);
    expect(firstOf('Live chat')).toEqual(['Live chat']);
    expect(firstOf('E-mail')).toEqual(['E-mail']);
    expect(firstOf('Store')).toEqual(['Store visit']);
    expect(firstOf('Branch')).toEqual(['Store visit']);
    expect(firstOf('Service desk')).toEqual(['Store visit']);
    expect(firstOf('Reception')).toEqual(['Store visit']);
    expect(firstOf('Home visit')).toEqual(['Store visit']);
    expect(firstOf('Letter')).toEqual(['Letter']);
    expect(firstOf('Post')).toEqual(['Letter']);
    expect(firstOf('Help centre')).toEqual(['Web page']);
  });

  it('joins the kinds of a channel that is two things, in the order they are listed', () => {
    const kinds = kindsForChannel('Letter or text');
    expect(kinds).toContain('Text message');
    expect(kinds).toContain('Bill');
    expect(kinds.indexOf('Text message')).toBeLessThan(kinds.indexOf('Letter'));
  });

  it('matches words, not letters inside words', () => {
    // "Happy path" holds "app" but is not an app; "Webinar" starts with "web" and is on the web.
    expect(firstOf('Happy path')).toEqual([PALETTE_KINDS[0]]);
    expect(kindsForChannel('Happy path')).toEqual([...PALETTE_KINDS]);
    expect(firstOf('Webinar')).toEqual(['Web page']);
  });

  it('offers the palette for a channel it knows nothing of, and every kind once', () => {
    expect(kindsForChannel('Word of mouth')).toEqual([...PALETTE_KINDS]);
    const kinds = kindsForChannel('Web chat by e-mail');
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const kind of PALETTE_KINDS) expect(kinds).toContain(kind);
  });
});
