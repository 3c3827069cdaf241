/** Ready-made weight sets for the pillar editor, each summing to exactly 100. */
import type { Id, Pillar } from '../../../shared/model';

/** `total` shared equally, rounded to two decimals; the last gets what is left, so the sum is exact. */
function shares(ids: readonly Id[], total: number): Record<Id, number> {
  const result: Record<Id, number> = {};
  let used = 0;
  ids.forEach((id, i) => {
    const value = Math.round((i === ids.length - 1 ? total - used : total / ids.length) * 100) / 100;
    result[id] = value;
    used += value;
  });
  return result;
}

export function equalWeights(pillars: readonly Pillar[]): Record<Id, number> {
  return shares(pillars.map((p) => p.id), 100);
}

/** Personalisation 30 %, the others equal — or null when this framework has no Personalisation. */
export function researchWeights(pillars: readonly Pillar[]): Record<Id, number> | null {
  const personal = pillars.find((p) => p.id === 'personalisation');
  if (!personal || pillars.length < 2) return null;
  const others = pillars.filter((p) => p !== personal);
  const rest = shares(others.map((p) => p.id), 70);
  return { ...rest, [personal.id]: 30 };
}

export function weightTotal(weights: Readonly<Record<Id, number>>): number {
  return Object.values(weights).reduce((sum, w) => sum + (Number.isFinite(w) ? w : 0), 0);
}
