import { describe, expect, it } from 'vitest';
import { privateExtraPairs } from '../../../src/stats/privacy/private-extra-pairs.ts';
import { treePairMarginal } from '../../../src/stats/privacy/tree-pair-marginal.ts';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import { createRng } from '../../../src/synth/rng.ts';
import { makeDataset } from '../tables/make-dataset.ts';

describe('treePairMarginal', () => {
  it('chains the conditionals along the tree: P(a, c) = Σ_b P(a, b)·P(c | b), worked by hand', () => {
    // (a, b) = [[4, 1], [1, 4]]; c | b = x is always x, c | b = y is x once in 5.
    const rows = [...Array(4).fill('xxx'), 'xyx', 'yxx', ...Array(4).fill('yyy')] as string[];
    const dataset = makeDataset({ a: rows.map((r) => r[0]), b: rows.map((r) => r[1]), c: rows.map((r) => r[2]) });
    const { tables } = buildTargets(dataset, {
      joints: [
        ['a', 'b'],
        ['b', 'c'],
      ],
    });
    // a = x: 4·(1, 0) + 1·(0.2, 0.8) = (4.2, 0.8); a = y: 1·(1, 0) + 4·(0.2, 0.8) = (1.8, 3.2). The data's own is (5, 0), (1, 4).
    const joint = [...treePairMarginal({ tables, x: 'a', y: 'c' })].map((v) => Math.round(v * 1e9) / 1e9);
    expect(joint).toEqual([4.2, 0.8, 0, 1.8, 3.2, 0, 0, 0, 0]);
  });

  it('treats columns in different trees as independent', () => {
    const dataset = makeDataset({ a: ['x', 'x', 'y', 'y'], b: ['p', 'q', 'p', 'p'] });
    const { tables } = buildTargets(dataset);
    expect([...treePairMarginal({ tables, x: 'a', y: 'b' })]).toEqual([1.5, 0.5, 0, 1.5, 0.5, 0, 0, 0, 0]);
  });
});

describe('privateExtraPairs', () => {
  // a and b independent, c = a AND b, d independent of all: the tree a–c, b–c, c–d implies a dependence between
  // a and b that the data does not have (given c = no, a = 1 and b = 1 look independent), and none for d.
  const n = 400;
  const dataset = makeDataset({
    a: Array.from({ length: n }, (_, i) => String(i % 2)),
    b: Array.from({ length: n }, (_, i) => String(Math.floor(i / 2) % 2)),
    c: Array.from({ length: n }, (_, i) => (i % 2 === 1 && Math.floor(i / 2) % 2 === 1 ? 'yes' : 'no')),
    d: Array.from({ length: n }, (_, i) => String(Math.floor(i / 4) % 2)),
  });
  const { axes, tables } = buildTargets(dataset, {
    joints: [
      ['a', 'c'],
      ['b', 'c'],
      ['c', 'd'],
    ],
  });
  const pick = (epsilon: number, seed: number) => {
    const rng = createRng(seed);
    return privateExtraPairs({ dataset, axes, tables, rounds: 1, epsilon, noise: 0, maxCells: 100, random: () => rng.next() });
  };

  it('with a large budget adds the pair the tree gets wrong', () => {
    expect(pick(1e6, 1)).toEqual([['a', 'b']]);
  });

  it('never offers a pair already in a table, nor one twice', () => {
    const rng = createRng(2);
    const all = privateExtraPairs({ dataset, axes, tables, rounds: 10, epsilon: 1e-6, noise: 0, maxCells: 100, random: () => rng.next() });
    expect(all.map((p) => p.join('')).sort()).toEqual(['ab', 'ad', 'bd']);
  });
});
