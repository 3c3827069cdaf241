// The appendix says how the vote ran: ballots or a wall count, the rules each
// person had, secrecy, and every runoff — with the numbers of this workshop.
import { describe, expect, it } from 'vitest';
import { describeVoteMethod } from '../../../main/export/pdf/vote-method';
import type { Workshop } from '../../../shared/model';
import { apply, at } from '../../shared/helpers';
import { sampleWorkshop } from './workshops';

const text = (w: Workshop) => describeVoteMethod(w).join(' ');

describe('the appendix on how the vote ran', () => {
  it('counts the people and dots of private ballots', () => {
    const w = sampleWorkshop();
    const people = new Set(w.votes.map((v) => v.participantId)).size;
    const dots = w.votes.reduce((sum, v) => sum + v.dots, 0);
    expect(text(w)).toContain(`Each person cast a private ballot: ${people} participants placed ${dots} dots.`);
    expect(text(w)).toContain('Results stayed hidden until the facilitator revealed them.');
  });

  it('describes a wall count, open results and the own-team rule', () => {
    let w: Workshop = { ...sampleWorkshop(), votes: [] };
    w = apply(w, { type: 'voting/configure', mode: 'tally', tallyVoters: 12, secret: false, ownTeamVoting: false });
    w = apply(w, { type: 'vote/tally', fixId: at(w.fixes, 0).id, dots: 7 });
    w = apply(w, { type: 'vote/tally', fixId: at(w.fixes, 1).id, dots: 4 });
    expect(text(w)).toContain('none on fixes their own team proposed.');
    expect(text(w)).toContain('Results were shown live as dots arrived.');
    expect(text(w)).toContain('counted in by the facilitator: 11 dots from 12 people.');
  });

  it('names each runoff, its fixes and its rules', () => {
    let w = apply(sampleWorkshop(), { type: 'vote/reveal', revealed: true });
    const [a, b] = [at(w.fixes, 0), at(w.fixes, 1)];
    w = apply(w, { type: 'vote/runoff', fixIds: [a.id, b.id], budget: 1, maxPerFix: 1 });
    expect(text(w)).toContain(`Runoff 1 was held among “${a.title}” and “${b.title}”, with 1 dot each and at most 1 on one fix; no dots had been placed in it yet.`);
    w = apply(w, { type: 'vote/set', participantId: at(w.participants, 0).id, fixId: a.id, dots: 1 });
    expect(text(w)).toContain('; 1 dot was placed.');
  });

  it('says so when nobody has voted', () => {
    expect(text({ ...sampleWorkshop(), votes: [] })).toContain('No dots had been placed when this plan was generated.');
  });
});
