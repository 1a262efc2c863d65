import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/stats/ingest/load-dataset.ts';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import { compileRules } from '../../../src/synth/rules/compile-rules.ts';
import { BREAK_SAMPLE_ROWS, countBroken, countBrokenTexts } from '../../../src/synth/rules/count-broken.ts';
import type { Targets } from '../../../src/stats/tables/targets.ts';

const PENGUINS = readFileSync(new URL('../../fixtures/datasets/penguins.csv', import.meta.url));

describe('countBroken: how many real rows break a rule', () => {
  it('counts numbers, categories and missing values as the loop reads them (reference counts made by hand on the file)', async () => {
    const { dataset } = await loadDataset({ name: 'penguins.csv', bytes: PENGUINS });
    const targets = buildTargets(dataset);
    const rules = compileRules(
      [
        '"Body Mass (g)" >= 5000 => Species = Gentoo',
        '"Body Mass (g)" >= 4500 => Species = Gentoo',
        // A Gentoo with no mass recorded breaks it too: the consequence cannot hold.
        'Species = Gentoo => "Body Mass (g)" < 6000',
        'Species = Gentoo and Sex = FEMALE => "Flipper Length (mm)" < 220',
        // Missing and "." (pooled as rare) are neither category.
        'Island = Torgersen => Sex in {MALE, FEMALE}',
      ],
      targets,
    );
    expect(countBroken(rules, { dataset, axes: targets.axes })).toEqual({ rows: 344, broken: [0, 11, 5, 3, 5] });
  });

  it('reads an evenly spread sample of a large table', async () => {
    const lines = ['x,y'];
    // 250,000 rows; a fifth of them, in no pattern a stride could catch (xorshift), break x = a => y = b.
    let state = 2463534242;
    let breaking = 0;
    for (let i = 0; i < 250_000; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      const breaks = (state >>> 0) % 5 === 0;
      if (breaks) breaking++;
      lines.push(breaks ? 'a,c' : 'a,b');
    }
    const { dataset } = await loadDataset({ name: 'big.csv', bytes: new TextEncoder().encode(lines.join('\n')) });
    const targets = buildTargets(dataset);
    const counted = countBroken(compileRules(['x = a => y = b'], targets), { dataset, axes: targets.axes });
    expect(counted.rows).toBe(BREAK_SAMPLE_ROWS);
    expect(counted.broken[0] / counted.rows).toBeCloseTo(breaking / 250_000, 2);
  });

  it('reads no rows when there are none, or under differential privacy', async () => {
    const { dataset } = await loadDataset({ name: 'penguins.csv', bytes: PENGUINS });
    const targets = buildTargets(dataset);
    expect(countBrokenTexts(['Island = Dream => Species = Chinstrap'], { targets, rows: dataset })).toEqual({ rows: 344, broken: [56] });
    expect(countBrokenTexts(['Island = Dream => Species = Chinstrap'], { targets, rows: null })).toBeNull();
    const noisy = { ...targets, dp: { epsilon: 1, delta: 0 } } as unknown as Targets;
    expect(countBrokenTexts(['Island = Dream => Species = Chinstrap'], { targets: noisy, rows: dataset })).toBeNull();
  });
});
