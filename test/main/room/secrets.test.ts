// The room's secrets (main/room/secrets.ts): the code people read off the
// screen and type, the credential each device keeps for its seat, and what
// the room keeps of them. A code must be easy to type and hard to guess; a
// credential must travel as a WebSocket subprotocol and never be kept as
// itself, so a look at the room's memory does not hand out seats.
import { describe, expect, it } from 'vitest';
import { idSchema } from '../../../shared/model';
import { credentialSchema, ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH, roomCodeSchema } from '../../../shared/room';
import { hashSecret, newDeviceId, newRoomCode, newSecret, sameSecret } from '../../../main/room/secrets';

describe('the room code', () => {
  it('is six letters and digits, none of them the ones people misread', () => {
    expect(ROOM_CODE_LENGTH).toBe(6);
    for (const misread of ['0', 'O', '1', 'I', 'L']) expect(ROOM_CODE_ALPHABET).not.toContain(misread);
    const codes = Array.from({ length: 500 }, () => newRoomCode());
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z2-9]{6}$/);
      for (const character of code) expect(ROOM_CODE_ALPHABET).toContain(character);
      // What the join screen accepts, as typed.
      expect(roomCodeSchema.parse(code)).toBe(code);
    }
    // Drawn from the whole alphabet, not a corner of it: 3,000 characters reach nearly all 31.
    expect(new Set(codes.join('')).size).toBeGreaterThanOrEqual(29);
    // 31⁶ codes: 500 draws repeating one would be a broken random source.
    expect(new Set(codes).size).toBeGreaterThan(495);
  });

  it('is accepted typed in lower case, with spaces or a dash, and refused with a sentence otherwise', () => {
    expect(roomCodeSchema.parse('k7m-2qx')).toBe('K7M2QX');
    expect(roomCodeSchema.parse(' K7M 2QX ')).toBe('K7M2QX');
    for (const wrong of ['K7M2Q', 'K7M2QXX', 'K7M2Q0', 'K7M2QI', 'K7M2Q!']) {
      const parsed = roomCodeSchema.safeParse(wrong);
      expect(parsed.success, wrong).toBe(false);
      expect(parsed.error?.issues[0]?.message, wrong).toBe('A room code is six letters and digits, like K7M2QX.');
    }
  });
});

describe('a device’s credential', () => {
  it('is 32 random bytes as 43 base64url characters, fit to travel as a WebSocket subprotocol', () => {
    const credentials = Array.from({ length: 200 }, () => newSecret());
    for (const credential of credentials) {
      expect(credential).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(credentialSchema.safeParse(credential).success).toBe(true);
      expect(Buffer.from(credential, 'base64url')).toHaveLength(32);
    }
    expect(new Set(credentials).size).toBe(credentials.length);
  });

  it('is kept only as its SHA-256: the same for the same credential, and never the credential itself', () => {
    const credential = newSecret();
    const kept = hashSecret(credential);
    expect(kept).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecret(credential)).toBe(kept);
    expect(kept).not.toContain(credential);
    expect(hashSecret(newSecret())).not.toBe(kept);
    // One character apart is a different seat.
    const oneOff = `${credential.slice(0, -1)}${credential.endsWith('A') ? 'B' : 'A'}`;
    expect(hashSecret(oneOff)).not.toBe(kept);
    // The well-known digest, so "hash" means SHA-256 and not something weaker.
    expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('is compared whole, whatever the lengths', () => {
    const secret = newSecret();
    expect(sameSecret(secret, secret)).toBe(true);
    expect(sameSecret(secret.slice(0, 42), secret)).toBe(false);
    expect(sameSecret(`${secret}x`, secret)).toBe(false);
    expect(sameSecret('', secret)).toBe(false);
    expect(sameSecret('K7M2QX', 'K7M2QX')).toBe(true);
    expect(sameSecret('K7M2QY', 'K7M2QX')).toBe(false);
  });
});

describe('a device’s id in the lobby', () => {
  it('is a short id the wire accepts, different for every device', () => {
    const ids = Array.from({ length: 200 }, () => newDeviceId());
    for (const id of ids) {
      expect(id).toMatch(/^d-[A-Za-z0-9_-]{12}$/);
      expect(idSchema.safeParse(id).success).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});
