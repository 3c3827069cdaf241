// A new workshop writes dates as the computer that made it does: its POSIX
// settings where they are set, the default for the plain "C" locale, and the
// system's own locale when none is set.
import { describe, expect, it } from 'vitest';
import { deviceLocale } from '../../../main/host/device-locale';

describe('the locale of the computer that makes a workshop', () => {
  it('reads the POSIX settings, the most specific first', () => {
    expect(deviceLocale({ LANG: 'en_US.UTF-8' }, 'fr-FR')).toBe('en-US');
    expect(deviceLocale({ LANG: 'en_US.UTF-8', LC_TIME: 'de_DE.UTF-8' }, 'fr-FR')).toBe('de-DE');
    expect(deviceLocale({ LANG: 'en_US.UTF-8', LC_ALL: 'pl_PL.UTF-8' }, 'fr-FR')).toBe('pl-PL');
  });

  it('gives the default for the plain C locale, and the system’s own when nothing is set', () => {
    expect(deviceLocale({ LANG: 'C.UTF-8' }, 'en-US')).toBe('en-GB');
    expect(deviceLocale({ LANG: 'POSIX' }, 'en-US')).toBe('en-GB');
    expect(deviceLocale({}, 'en-US')).toBe('en-US');
    expect(deviceLocale({}, 'nl-BE')).toBe('nl-NL');
  });
});
