// The join screen's addresses and codes: what the room's QR codes carry (#/join/<code>[/<teamId>])
// is read back, a code is accepted as people type it (lower case, spaces, dashes) and refused with
// the room's own sentence when it cannot be one, and a team's colour gets text that stays readable.
import { describe, expect, it } from 'vitest';
import { checkRoomCode, joinHash, joinRouteOf } from '../../../renderer/features/join/join-route';
import { textOnColour } from '../../../renderer/features/join/team-colour';

describe('join addresses', () => {
  it('reads the code, and the team when the address has one', () => {
    expect(joinRouteOf('#/join/K7M2QX')).toEqual({ code: 'K7M2QX', teamId: null });
    expect(joinRouteOf('#/join/K7M2QX/')).toEqual({ code: 'K7M2QX', teamId: null });
    expect(joinRouteOf('#/join/K7M2QX/t%C3%A9am-1')).toEqual({ code: 'K7M2QX', teamId: 'téam-1' });
    expect(joinRouteOf('#/join/k7m2%20qx')).toEqual({ code: 'k7m2 qx', teamId: null });
  });

  it('is no join address without a code, or for any other address', () => {
    for (const hash of ['', '#/', '#/join', '#/join/', '#/workshop/w1', '#/join/A/B/C', '#/joined/K7M2QX']) {
      expect(joinRouteOf(hash), hash).toBeNull();
    }
  });

  it('makes the addresses it reads', () => {
    expect(joinHash(null)).toBe('#/join');
    expect(joinHash({ code: 'K7M2QX', teamId: null })).toBe('#/join/K7M2QX');
    const withTeam = joinHash({ code: 'K7M2QX', teamId: 'téam 1' });
    expect(withTeam).toBe('#/join/K7M2QX/t%C3%A9am%201');
    expect(joinRouteOf(withTeam)).toEqual({ code: 'K7M2QX', teamId: 'téam 1' });
  });
});

describe('room codes as people type them', () => {
  it('accepts lower case, spaces and dashes', () => {
    for (const typed of ['K7M2QX', 'k7m2qx', ' k7m 2qx ', 'K7M-2QX', 'k7-m2-qx']) {
      expect(checkRoomCode(typed), typed).toEqual({ ok: true, code: 'K7M2QX' });
    }
  });

  it('refuses what cannot be a code with one plain sentence', () => {
    const sentence = 'A room code is six letters and digits, like K7M2QX.';
    // Too short, too long, and letters the room never uses (O and 0, I and 1 look alike).
    for (const typed of ['', 'K7M2Q', 'K7M2QXA', 'K7M2Q0', 'KIM2QX', 'K7M2Q!']) {
      expect(checkRoomCode(typed), typed).toEqual({ ok: false, message: sentence });
    }
  });
});

describe('text on a team’s colour', () => {
  it('is black on light colours and white on dark ones', () => {
    expect(textOnColour('#ffffff')).toBe('#000000');
    expect(textOnColour('#f2c94c')).toBe('#000000');
    expect(textOnColour('#1a4fa0')).toBe('#ffffff');
    expect(textOnColour('#000000')).toBe('#ffffff');
    expect(textOnColour('not a colour')).toBe('#000000');
  });
});
