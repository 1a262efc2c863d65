import type { Household, Population } from './population.ts';

/** A household's attributes and its members' (age, sex, race) as a multiset, in one string. */
export function householdSignature(h: Household): string {
  const members = h.members.map((p) => `${p.age}|${p.sex ?? ''}|${p.race ?? ''}`).sort();
  return [h.size, h.vehicles, h.income, h.children, h.workers, ...members].join(';');
}

/** Share of the synthetic households identical to some real one in every household attribute and every member. */
export function identicalShare(options: { real: Population; synthetic: Population }): number {
  const { real, synthetic } = options;
  if (synthetic.households.length === 0) return 0;
  const seen = new Set(real.households.map(householdSignature));
  return synthetic.households.filter((h) => seen.has(householdSignature(h))).length / synthetic.households.length;
}
