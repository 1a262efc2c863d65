import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/stats/dataset.ts';
import type { Targets } from '../../../src/stats/tables/targets.ts';
import { synthesize } from '../../../src/synth/synthesize.ts';
import { penguinsTargets } from '../loop/load-penguins-targets.ts';

let targets: Targets;
beforeAll(async () => {
  targets = await penguinsTargets();
});

/** Counted straight from the output, independently of the loop's own bookkeeping. */
function heavyNonGentoo(d: Dataset): number {
  const mass = d.columns.find((c) => c.name === 'Body Mass (g)');
  const species = d.columns.find((c) => c.name === 'Species');
  if (mass?.type !== 'numeric' || species?.type !== 'categorical') throw new Error('columns');
  let n = 0;
  for (let i = 0; i < d.rowCount; i++) if (mass.values[i] >= 5000 && species.dictionary[species.codes[i]] !== 'Gentoo') n++;
  return n;
}

describe('rule enforcement', () => {
  // In penguins no Adelie or Chinstrap weighs 5000 g or more; the joints chosen here do not tell the loop so.
  const rule = '"Body Mass (g)" >= 5000 => Species in {Gentoo}';

  it('without the rule the tables alone let heavy Adelie/Chinstrap records through', async () => {
    const { dataset } = await synthesize({ targets, rows: 1000, seed: 3 });
    expect(heavyNonGentoo(dataset)).toBeGreaterThan(20);
  });

  it('with the rule no record breaks it, the count is exact, and the rest still fits', async () => {
    const { dataset, history } = await synthesize({ targets, rows: 1000, seed: 3, rules: [rule] });
    expect(dataset.rowCount).toBe(1000);
    expect(heavyNonGentoo(dataset)).toBe(0);
    expect(history.at(-1)!.ruleViolations).toBe(0);
    expect(history.at(-1)!.meanTvd).toBeLessThan(0.02);
  });

  it('reports violations it could not avoid: a rule no proposal can satisfy', async () => {
    // Every record must be Gentoo, but the add phase's proposals fix Species to other values too.
    const { dataset, history } = await synthesize({
      targets,
      rows: 200,
      seed: 1,
      rules: ['Island in {Biscoe, Dream, Torgersen} => Species in {Gentoo}'],
      maxIterations: 3,
    });
    const species = dataset.columns.find((c) => c.name === 'Species');
    if (species?.type !== 'categorical') throw new Error('Species');
    const notGentoo = Array.from(species.codes).filter((k) => species.dictionary[k] !== 'Gentoo').length;
    expect(notGentoo).toBe(75);
    expect(history.at(-1)!.ruleViolations).toBe(notGentoo - Array.from(species.codes).filter((k) => k === 0).length);
  });

  it('names an unknown column or category', async () => {
    await expect(synthesize({ targets, rows: 10, seed: 1, rules: ['Wings > 2 => Species in {Gentoo}'] })).rejects.toThrow(/no column "Wings"/);
    await expect(synthesize({ targets, rows: 10, seed: 1, rules: ['Island = Mars => Species in {Gentoo}'] })).rejects.toThrow(
      /"Island" has no category "Mars"/,
    );
  });
});
