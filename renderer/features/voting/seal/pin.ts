/**
 * The PIN that ends a sealed ballot: what makes a good one, and its salted
 * SHA-256, which is all that is kept (never the PIN). A 4-digit PIN is no
 * match for someone with the browser's developer tools; the seal is there to
 * stop a voter's idle tap or curiosity, not an attacker with a debugger.
 */
import { sha256 } from './sha256';

export const PIN_DIGITS = { min: 4, max: 8 } as const;

/** Why a PIN cannot be used, in a sentence, or null when it can. */
export function pinProblem(pin: string): string | null {
  if (pin === '') return `Type a PIN of ${PIN_DIGITS.min} to ${PIN_DIGITS.max} digits.`;
  if (!/^\d+$/.test(pin)) return 'Use digits only, 0 to 9.';
  if (pin.length < PIN_DIGITS.min || pin.length > PIN_DIGITS.max) return `The PIN needs ${PIN_DIGITS.min} to ${PIN_DIGITS.max} digits.`;
  return null;
}

const toHex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

/** A fresh random salt, as hex. getRandomValues works on plain-http pages too. */
export function newSalt(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(16)));
}

/** The salted SHA-256 of a PIN, as hex: crypto.subtle where the page may use it, the same sum in plain code elsewhere. */
export async function hashPin(pin: string, salt: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${salt}:${pin}`);
  // crypto.subtle exists only in secure contexts (the facilitator's 127.0.0.1, the desktop app), not on a team's http page.
  const subtle = crypto.subtle as SubtleCrypto | undefined;
  if (subtle) return toHex(new Uint8Array(await subtle.digest('SHA-256', bytes)));
  return toHex(sha256(bytes));
}
