/**
 * merge.eight_teams_ms: the facilitator merges the team files of all eight
 * teams of the large fixture (400 cards, 2,400 ratings, 150 fixes), one
 * after the other, as the host runs each: the preview (planTeamMerge), then
 * the merge as the one `team-file/merge` command through applyCommand, whose
 * file is checked by the command's schema. Each team's file brings 50 new
 * cards, each rated on every pillar, and 10 fixes linking them, made in the
 * team's copy by the team's own commands (not timed). Median of the whole
 * eight merges over several runs (goal ≤ 500 ms).
 */
import { performance } from 'node:perf_hooks';
import type { ClientCommand } from '../shared/commands';
import type { Workshop } from '../shared/model';
import { planTeamMerge } from '../shared/team-files/merge';
import { createLargeWorkshop } from '../test/fixtures/large-workshop';
import { contextFor, EXPORTED_AT, mergeCommand, teamCopy, teamDoes, teamFileOf, type TeamFileValue } from '../test/shared/team-files-support';
import type { Benchmark } from './benchmark';
import { percentile, round } from './stats';

const WARMUP = 1;
const SAMPLES = 9;
const CARDS_PER_TEAM = 50;
const FIXES_PER_TEAM = 10;

/** One team's afternoon on its laptop: 50 cards, every one rated on every pillar, and fixes linking them. */
function teamFile(master: Workshop, teamIndex: number): TeamFileValue {
  const team = master.teams[teamIndex];
  if (!team) throw new Error(`The large fixture has no team ${String(teamIndex + 1)}.`);
  const laptop = contextFor(`t${String(teamIndex + 1)}-`);
  let copy = teamCopy(master, team.id);
  const before = new Set(copy.touchpoints.map((t) => t.id));
  for (let n = 0; n < CARDS_PER_TEAM; n += 1) {
    const stage = copy.stages[n % copy.stages.length];
    const channel = copy.channels[(n * 5 + teamIndex) % copy.channels.length];
    if (!stage || !channel) throw new Error('The large fixture has no stages or channels.');
    const add: ClientCommand = { type: 'touchpoint/add', teamId: team.id, stageId: stage.id, channelId: channel.id, title: `Laptop card ${String(n + 1)}`, feeling: (n % 5) - 2 };
    copy = teamDoes(copy, add, laptop);
  }
  const made = copy.touchpoints.filter((t) => !before.has(t.id));
  for (const [i, card] of made.entries()) {
    for (const [p, pillar] of copy.framework.pillars.entries()) {
      copy = teamDoes(copy, { type: 'rating/set', teamId: team.id, touchpointId: card.id, pillarId: pillar.id, score: ((i + p) % 5) + 1 }, laptop);
    }
  }
  for (let f = 0; f < FIXES_PER_TEAM; f += 1) {
    const links = made.slice(f * 5, f * 5 + 5).map((t) => t.id);
    const pillar = copy.framework.pillars[f % copy.framework.pillars.length];
    const fix: ClientCommand = { type: 'fix/add', teamId: team.id, title: `Laptop fix ${String(f + 1)}`, touchpointIds: links, pillarIds: pillar ? [pillar.id] : [], impact: (f % 5) + 1, effort: ((f + 2) % 5) + 1 };
    copy = teamDoes(copy, fix, laptop);
  }
  return teamFileOf(copy);
}

/** The eight files merged in turn, each previewed first, as the host runs them; the merged workshop. */
function mergeAll(master: Workshop, files: readonly TeamFileValue[], run: number): Workshop {
  const ctx = contextFor(`m${String(run)}-`, EXPORTED_AT);
  let state = master;
  for (const file of files) {
    const plan = planTeamMerge(state, file);
    if (!plan.ok) throw new Error(plan.message);
    if (plan.preview.conflicts.length > 0) throw new Error('The benchmark’s team files should merge without a question.');
    const merged = mergeCommand(state, file, {}, ctx);
    if (!merged.ok) throw new Error(merged.error.message);
    state = merged.state;
  }
  return state;
}

export const mergeEightTeamsBenchmark: Benchmark = {
  name: 'merge eight team files',
  run() {
    const master = createLargeWorkshop(1);
    const files = master.teams.map((_, i) => teamFile(master, i));
    const times: number[] = [];
    for (let i = 0; i < WARMUP + SAMPLES; i += 1) {
      const start = performance.now();
      const merged = mergeAll(master, files, i);
      const elapsed = performance.now() - start;
      const expected = master.touchpoints.length + files.length * CARDS_PER_TEAM;
      if (merged.touchpoints.length !== expected) throw new Error(`The merged workshop has ${String(merged.touchpoints.length)} cards, not ${String(expected)}.`);
      if (i >= WARMUP) times.push(elapsed);
    }
    return Promise.resolve([{ name: 'merge.eight_teams_ms', value: round(percentile(times, 50)), unit: 'ms', goal: 500 }]);
  },
};
