/**
 * The room's secrets: the code people type to join, the credential each
 * device keeps for its seat, and serve mode's facilitator key. All come from
 * the system's cryptographic random source. Credentials and keys are kept
 * only as hashes, and compared in constant time, so neither memory dumps nor
 * timing give them away.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../../shared/room';

export function newRoomCode(): string {
  let code = '';
  for (let i = 0; i < ROOM_CODE_LENGTH; i++) code += ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)];
  return code;
}

/** 32 random bytes, base64url: 43 characters, valid as a WebSocket subprotocol token. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** A short random id for a device in the lobby (not a secret). */
export function newDeviceId(): string {
  return `d-${randomBytes(9).toString('base64url')}`;
}

/** What is kept of a secret: its SHA-256, hex. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Whether two strings are equal, in time that does not depend on where they differ. */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}
