// The files for the people who carry the work on: what each button promises for this workshop, how
// its outcome is told, and how the desktop client asks the host's save dialog for it.
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../../shared/wire';
import type { JourneyRoomBridge } from '../../../renderer/api/bridge';
import { HostClient } from '../../../renderer/api/host-client';
import { IpcTransport } from '../../../renderer/api/ipc-transport';
import { fileExports, outcomeMessage } from '../../../renderer/features/export/export-logic';
import { TEAM_FILE_SUBJECT } from '../../../renderer/features/export/TeamFileExport';
import { blankWorkshop, idsOf, withCommands } from '../rating/workshop-builder';

describe('fileExports', () => {
  it('offers the three files in order, counting what each holds right now', () => {
    const start = blankWorkshop();
    const ids = idsOf(start);
    const team = ids.team('Team 1');
    let w = withCommands(start, [
      { type: 'touchpoint/add', teamId: team, stageId: ids.stage('Buy'), channelId: ids.channel('Web'), title: 'Checkout' },
      { type: 'action/add', fixId: null, title: 'Cut the form', owner: 'Priya', dueDate: '', pillarId: null, touchpointId: null },
    ]);
    const touchpointId = idsOf(w).touchpoint('Checkout');
    const [first, second] = w.framework.pillars;
    if (!first || !second) throw new Error('The blank workshop has no pillars');
    w = withCommands(w, [
      { type: 'rating/set', teamId: team, touchpointId, pillarId: first.id, score: 4 },
      { type: 'rating/set', teamId: team, touchpointId, pillarId: second.id, score: null },
    ]);
    const files = fileExports(w);
    expect(files.map((f) => [f.kind, f.label])).toEqual([
      ['actions-csv', 'Actions as CSV'],
      ['ratings-csv', 'Ratings as CSV'],
      ['workshop-json', 'Whole workshop as JSON'],
    ]);
    expect(files[0]?.contents).toMatch(/^1 action in priority order/);
    expect(files[1]?.contents).toMatch(/^2 ratings:/);
    expect(fileExports(start)[0]?.contents).toMatch(/^0 actions in priority order/);
  });

  it('tells each outcome in the same words as the PDF, naming the file', () => {
    const [actions, , workshop] = fileExports(blankWorkshop());
    if (!actions || !workshop) throw new Error('missing exports');
    expect(outcomeMessage({ kind: 'downloaded', fileName: 'R - actions - 2026-11-23.csv' }, actions)).toEqual({
      tone: 'success',
      text: 'Downloaded the actions as R - actions - 2026-11-23.csv. Look in your downloads folder.',
    });
    expect(outcomeMessage({ kind: 'saved', path: '/home/sam/R.json' }, workshop).text).toBe('Saved the whole workshop to /home/sam/R.json');
    expect(outcomeMessage({ kind: 'cancelled' }, actions).text).toBe('Nothing was saved. You can export again at any time.');
    expect(outcomeMessage({ kind: 'failed', message: 'The disk is full.' }, workshop)).toEqual({
      tone: 'error',
      text: 'The workshop file could not be made: The disk is full.',
    });
  });
});

describe('the team file of a team’s copy', () => {
  it('is told in the same words as the other files', () => {
    expect(outcomeMessage({ kind: 'downloaded', fileName: 'R - team file - Blue - 2026-11-23.json' }, TEAM_FILE_SUBJECT).text).toBe(
      'Downloaded the team file as R - team file - Blue - 2026-11-23.json. Look in your downloads folder.',
    );
    expect(outcomeMessage({ kind: 'failed', message: 'Only a team’s copy, opened from a team pack, makes a team file.' }, TEAM_FILE_SUBJECT).text).toBe(
      'The team file could not be made: Only a team’s copy, opened from a team pack, makes a team file.',
    );
  });

  it('is not among the files every workshop offers', () => {
    expect(fileExports(blankWorkshop()).map((file) => file.kind)).not.toContain('team-file');
  });
});

describe('exportFile in the desktop window', () => {
  /** The desktop client over a bridge whose app answers every request with `answer` ({ok, result} or {ok, error}). */
  function clientAnswering(answer: { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } }) {
    const calls: [string, unknown][] = [];
    let listener: (text: string) => void = () => undefined;
    const bridge: JourneyRoomBridge = {
      platform: 'linux',
      send: (text) => {
        const request = JSON.parse(text) as { id: number; method: string; params: unknown };
        calls.push([request.method, request.params]);
        queueMicrotask(() => listener(JSON.stringify({ v: PROTOCOL_VERSION, id: request.id, ...answer })));
      },
      onMessage: (heard) => {
        listener = heard;
        return () => undefined;
      },
    };
    return { client: new HostClient(new IpcTransport(bridge)), calls };
  }

  it('asks the desktop save dialog for the file and reports where it went', async () => {
    const { client, calls } = clientAnswering({ ok: true, result: { saved: true, path: '/tmp/r.csv' } });
    await expect(client.exportFile('w1', 'ratings-csv')).resolves.toEqual({ kind: 'saved', path: '/tmp/r.csv' });
    expect(calls).toEqual([['export/save-file', { workshopId: 'w1', kind: 'ratings-csv' }]]);
  });

  it('reports a cancelled dialog and a refusal without throwing', async () => {
    const cancelled = clientAnswering({ ok: true, result: { saved: false } });
    await expect(cancelled.client.exportFile('w1', 'actions-csv')).resolves.toEqual({ kind: 'cancelled' });
    expect(cancelled.calls).toEqual([['export/save-file', { workshopId: 'w1', kind: 'actions-csv' }]]);
    const refused = clientAnswering({ ok: false, error: { code: 'not-found', message: 'This workshop no longer exists.' } });
    await expect(refused.client.exportFile('w1', 'workshop-json')).resolves.toEqual({
      kind: 'failed',
      message: 'This workshop no longer exists.',
    });
    expect(refused.calls).toEqual([['export/save-file', { workshopId: 'w1', kind: 'workshop-json' }]]);
  });

  it('reports a save outcome it cannot read as a failure with a sentence, not as saved', async () => {
    const { client } = clientAnswering({ ok: true, result: { saved: true } });
    await expect(client.exportFile('w1', 'actions-csv')).resolves.toEqual({
      kind: 'failed',
      message: 'The host sent back something this page could not read. Reload the page.',
    });
  });

  it('asks for a team pack with its team and what it shares, and for a team’s copy’s team file', async () => {
    const { client, calls } = clientAnswering({ ok: true, result: { saved: true, path: '/tmp/pack.json' } });
    const pack = { teamId: 't-blue', otherTeams: true, voting: false };
    await expect(client.exportFile('w1', 'team-pack', { pack })).resolves.toEqual({ kind: 'saved', path: '/tmp/pack.json' });
    await expect(client.exportFile('copy-1', 'team-file')).resolves.toEqual({ kind: 'saved', path: '/tmp/pack.json' });
    expect(calls).toEqual([
      ['export/save-file', { workshopId: 'w1', kind: 'team-pack', pack }],
      ['export/save-file', { workshopId: 'copy-1', kind: 'team-file' }],
    ]);
  });

  it('saves the PDF through the same dialog, on the chosen paper', async () => {
    const { client, calls } = clientAnswering({ ok: true, result: { saved: true, path: '/tmp/plan.pdf' } });
    await expect(client.exportPdf('w1', 'letter')).resolves.toEqual({ kind: 'saved', path: '/tmp/plan.pdf' });
    expect(calls).toEqual([['export/save-pdf', { workshopId: 'w1', paper: 'letter' }]]);
  });
});
