// A workshop saved before runoffs, tallies and the new vote settings existed
// opens with their defaults: every dot in the first round, nothing tallied,
// own-team voting allowed, a secret vote with personal ballots, no runoffs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sequentialIds } from '../../../shared/new-workshop';
import { createSampleWorkshop } from '../../../shared/sample-workshop';
import { parseWorkshopFile } from '../../../shared/workshop-file';
import { openStore, tempDataDir, workshopFile } from '../support/temp-data';

/** The sample workshop as the first release wrote it: no rounds, tallies or new settings. */
function oldFile() {
  const current = createSampleWorkshop({ now: '2026-11-23T09:00:00.000Z', newId: sequentialIds('old') });
  const { budget, maxPerFix, revealed } = current.voting;
  const old: Record<string, unknown> = {
    ...current,
    voting: { budget, maxPerFix, revealed },
    votes: current.votes.map(({ participantId, fixId, dots }) => ({ participantId, fixId, dots })),
  };
  delete old.tallies;
  return { current, old };
}

const DEFAULTS = { ownTeamVoting: true, secret: true, mode: 'ballot', tallyVoters: 0, runoffs: [] };

describe('a workshop file from before runoffs and tallies', () => {
  it('parses with the defaults filled in', () => {
    const { current, old } = oldFile();
    expect(JSON.stringify(old)).not.toMatch(/"round"|"tallies"|"mode"/);
    const parsed = parseWorkshopFile(JSON.parse(JSON.stringify(old)));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.workshop.voting).toEqual({ ...current.voting, ...DEFAULTS });
    expect(parsed.workshop.tallies).toEqual([]);
    expect(parsed.workshop.votes).toEqual(current.votes.map((v) => ({ ...v, round: 0 })));
    expect(parsed.workshop).toEqual(current);
  });

  it('opens from the store on disk with the same defaults', () => {
    const dataDir = tempDataDir();
    const { current, old } = oldFile();
    const path = workshopFile(dataDir, current.id);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(old));
    expect(openStore(dataDir).load(current.id).workshop).toEqual(current);
  });
});
