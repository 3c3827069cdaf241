// What the Export screen says after an export, and what it promises the PDF holds.
import { describe, expect, it } from 'vitest';
import { outcomeMessage, pdfContents } from '../../../renderer/features/export/export-logic';
import { blankWorkshop, idsOf, withCommands } from '../rating/workshop-builder';

describe('outcomeMessage', () => {
  it('names where the file went', () => {
    expect(outcomeMessage({ kind: 'saved', path: '/home/sam/Plan.pdf' })).toEqual({
      tone: 'success',
      text: 'Saved the action plan to /home/sam/Plan.pdf',
    });
    expect(outcomeMessage({ kind: 'downloaded', fileName: 'Plan.pdf' }).text).toMatch(/^Downloaded the action plan as Plan\.pdf\./);
  });

  it('says calmly that nothing was saved when the person cancelled', () => {
    expect(outcomeMessage({ kind: 'cancelled' })).toEqual({
      tone: 'neutral',
      text: 'Nothing was saved. You can export again at any time.',
    });
  });

  it("passes the host's reason on when the export failed", () => {
    expect(outcomeMessage({ kind: 'failed', message: 'The disk is full.' })).toEqual({
      tone: 'error',
      text: 'The PDF could not be made: The disk is full.',
    });
  });
});

describe('pdfContents', () => {
  it('describes an empty workshop honestly', () => {
    const lines = pdfContents(blankWorkshop());
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(/from 0 rated touchpoints/);
    expect(lines[2]).toMatch(/^Heatmap: 0 touchpoints/);
    expect(lines[4]).toMatch(/0 actions with owner/);
    expect(lines[5]).toMatch(/^Appendix: 0 fixes ranked by dots \(0 dots cast\)/);
  });

  it('counts actions, the ones still without an owner, and hidden votes', () => {
    const start = blankWorkshop();
    const team = idsOf(start).team('Team 1');
    let w = withCommands(start, [
      { type: 'fix/add', teamId: team, title: 'Fewer forms', touchpointIds: [], pillarIds: [], impact: 3, effort: 2 },
      { type: 'participant/add', name: 'Ana', teamId: team },
      { type: 'action/add', fixId: null, title: 'Cut the form', owner: 'Priya', dueDate: '', pillarId: null, touchpointId: null },
      { type: 'action/add', fixId: null, title: 'Rewrite letters', owner: '', dueDate: '', pillarId: null, touchpointId: null },
    ]);
    w = withCommands(w, [
      { type: 'vote/set', participantId: w.participants[0]?.id ?? '', fixId: idsOf(w).fix('Fewer forms'), dots: 1 },
    ]);
    const lines = pdfContents(w);
    expect(lines[4]).toBe('Actions in priority order: 2 actions with owner, due date and success measure (1 still without an owner).');
    // While the vote is secret the PDF leaves the dots out, unless the facilitator asks for them.
    expect(lines[5]).toBe(
      'Appendix: 1 fix ranked by dots (left out while the vote is secret: the PDF says so), the pillars and the 1–5 scale, how the input was collected, and the teams.',
    );
    expect(pdfContents(w, true)[5]).toBe(
      'Appendix: 1 fix ranked by dots (1 dot cast, shown in the PDF although still hidden on screen), the pillars and the 1–5 scale, how the input was collected, and the teams.',
    );
  });

  it('says each round’s dots on their own once there was a runoff, never the two added up', () => {
    const start = blankWorkshop();
    const team = idsOf(start).team('Team 1');
    let w = withCommands(start, [
      { type: 'fix/add', teamId: team, title: 'Fewer forms', touchpointIds: [], pillarIds: [], impact: 3, effort: 2 },
      { type: 'fix/add', teamId: team, title: 'Shorter calls', touchpointIds: [], pillarIds: [], impact: 3, effort: 2 },
      { type: 'participant/add', name: 'Ana', teamId: team },
      { type: 'participant/add', name: 'Ben', teamId: team },
    ]);
    const [ana, ben] = w.participants.map((p) => p.id);
    const forms = idsOf(w).fix('Fewer forms');
    const calls = idsOf(w).fix('Shorter calls');
    w = withCommands(w, [
      { type: 'vote/set', participantId: ana ?? '', fixId: forms, dots: 2 },
      { type: 'vote/set', participantId: ben ?? '', fixId: calls, dots: 2 },
      { type: 'vote/reveal', revealed: true },
      { type: 'vote/runoff', fixIds: [forms, calls], budget: 1, maxPerFix: 1 },
    ]);
    w = withCommands(w, [
      { type: 'vote/set', participantId: ana ?? '', fixId: forms, dots: 1, round: 1 },
      { type: 'vote/reveal', revealed: true },
    ]);
    expect(pdfContents(w)[5]).toBe(
      'Appendix: 2 fixes ranked by dots (first vote: 4 dots; runoff 1: 1 dot), the pillars and the 1–5 scale, how the input was collected, and the teams.',
    );
  });
});
