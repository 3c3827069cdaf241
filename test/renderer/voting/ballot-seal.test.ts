// The sealed ballot's rules, without a browser: the PIN's hash is a real SHA-256 (the plain-code one
// a team's http page uses agrees with Node's), only 4–8 digits make a PIN, a stored lock that cannot
// be read keeps the page sealed, and wrong PINs earn a wait after three tries.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPin, pinProblem } from '../../../renderer/features/voting/seal/pin';
import { parseSeal } from '../../../renderer/features/voting/seal/seal-store';
import { sha256 } from '../../../renderer/features/voting/seal/sha256';
import { secondsToWait, waitAfter, waitSentence } from '../../../renderer/features/voting/seal/wrong-tries';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const SALT = '00112233445566778899aabbccddeeff';

describe('the PIN', () => {
  it('is hashed with its salt by SHA-256, the plain-code sum agreeing with Node’s at every block boundary', async () => {
    for (const length of [0, 3, 55, 56, 63, 64, 65, 200]) {
      const text = 'x'.repeat(length);
      expect(hex(sha256(new TextEncoder().encode(text)))).toBe(createHash('sha256').update(text).digest('hex'));
    }
    expect(await hashPin('2468', SALT)).toBe(createHash('sha256').update(`${SALT}:2468`).digest('hex'));
    expect(await hashPin('2468', SALT)).not.toBe(await hashPin('2468', 'ffeeddccbbaa99887766554433221100'));
  });

  it('takes 4 to 8 digits and says what is wrong with anything else', () => {
    expect(pinProblem('1234')).toBeNull();
    expect(pinProblem('12345678')).toBeNull();
    expect(pinProblem('')).toBe('Type a PIN of 4 to 8 digits.');
    expect(pinProblem('123')).toBe('The PIN needs 4 to 8 digits.');
    expect(pinProblem('123456789')).toBe('The PIN needs 4 to 8 digits.');
    expect(pinProblem('12a4')).toBe('Use digits only, 0 to 9.');
  });
});

describe('the stored lock', () => {
  const entry = { version: 1, salt: SALT, hash: 'a'.repeat(64), wrongTries: 0, waitUntil: 0 };

  it('is open with no entry, sealed with a good one, and still sealed with one that cannot be read', () => {
    expect(parseSeal(null)).toEqual({ kind: 'open' });
    expect(parseSeal(JSON.stringify(entry))).toEqual({ kind: 'sealed', entry });
    for (const damaged of ['', '{', 'null', '"sealed"', JSON.stringify({ ...entry, hash: 'short' }), JSON.stringify({ ...entry, pin: '1234' })]) {
      expect(parseSeal(damaged)).toEqual({ kind: 'damaged' });
    }
  });
});

describe('wrong PINs', () => {
  it('are free three times, then each makes the next wait, doubling up to five minutes', () => {
    expect([0, 1, 2].map(waitAfter)).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6, 20].map(waitAfter)).toEqual([30_000, 60_000, 120_000, 240_000, 300_000]);
    expect(secondsToWait(10_500, 0)).toBe(11);
    expect(secondsToWait(10_000, 10_000)).toBe(0);
    expect(waitSentence(30)).toBe('Too many wrong tries. Wait 30 seconds, then try again.');
    expect(waitSentence(61)).toBe('Too many wrong tries. Wait 1 minute 1 second, then try again.');
    expect(waitSentence(120)).toBe('Too many wrong tries. Wait 2 minutes, then try again.');
  });
});
