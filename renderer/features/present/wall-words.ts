/**
 * How figures are written on the wall: the countdown as "12:05", a room
 * code in two easy halves. Scores and dates are written as everywhere else
 * (shared/present/). Pure, so the wording is tested without a browser.
 */
import type { Timer } from '../../../shared/model';

/** "12:05", or "1:02:30" past an hour; seconds round up, so "00:00" shows only when time is up. */
export function countdownFace(leftMs: number): string {
  const total = Math.max(0, Math.ceil(leftMs / 1000));
  const hours = Math.floor(total / 3600);
  const mm = String(Math.floor((total % 3600) / 60)).padStart(2, '0');
  const ss = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

export type CountdownState = 'running' | 'paused' | 'up';

export function countdownState(timer: Timer, leftMs: number): CountdownState {
  if (leftMs <= 0) return 'up';
  return timer.endsAt === null ? 'paused' : 'running';
}

/** "K7M PQ2": six characters read more easily as two threes. */
export function codeFace(code: string): readonly string[] {
  return code.length === 6 ? [code.slice(0, 3), code.slice(3)] : [code];
}

/** "K 7 M, P Q 2": said letter by letter by a screen reader. */
export function codeSpoken(code: string): string {
  return codeFace(code)
    .map((part) => part.split('').join(' '))
    .join(', ');
}

/** The address without "http://", which nobody needs to type. */
export function addressFace(url: string): { readonly scheme: string; readonly rest: string } {
  const match = /^(https?:\/\/)(.*)$/.exec(url);
  return match ? { scheme: match[1] ?? '', rest: (match[2] ?? '').replace(/\/$/, '') } : { scheme: '', rest: url };
}

const STATUS: Record<'planned' | 'in-progress' | 'done', string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
};

export function statusFace(status: 'planned' | 'in-progress' | 'done'): string {
  return STATUS[status];
}

/** Word endings a long word may break before: "Personal-isation", "Expecta-tions". */
const BREAKS = ['isation', 'ization', 'ations', 'ation', 'tions', 'tion', 'ments', 'ment', 'ness', 'ility', 'ivity', 'ence', 'ance', 'ability'];
const LONG_WORD = 11;

/**
 * A name with soft hyphens in its long words, so a narrow heading breaks
 * "Personal-isation" with a hyphen rather than "Personalisati" / "on".
 * Nothing changes where the name fits; short words are left whole.
 */
export function softHyphens(name: string): string {
  return name
    .split(' ')
    .map((word) => {
      if (word.length < LONG_WORD) return word;
      const lower = word.toLowerCase();
      const ending = BREAKS.find((end) => lower.endsWith(end) && word.length - end.length >= 4);
      const at = ending ? word.length - ending.length : Math.ceil(word.length / 2);
      return `${word.slice(0, at)}\u00AD${word.slice(at)}`;
    })
    .join(' ');
}
