import { describe, expect, it } from 'vitest';
import { privateStructure } from '../../../src/stats/privacy/private-structure.ts';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import { createRng } from '../../../src/synth/rng.ts';
import { makeDataset } from '../tables/make-dataset.ts';

/** 400 rows: b copies a, d copies c, and c agrees with b on 3 of 4 rows; e is unrelated to all. */
function data() {
  const a: string[] = [];
  const c: string[] = [];
  const e: string[] = [];
  for (let i = 0; i < 400; i++) {
    a.push(i % 2 ? 'x' : 'y');
    c.push(i % 4 === 0 ? (i % 2 ? 'y' : 'x') : i % 2 ? 'x' : 'y');
    e.push(Math.floor(i / 2) % 2 ? 'p' : 'q');
  }
  return makeDataset({ a, b: [...a], c, d: [...c], e });
}

describe('privateStructure', () => {
  const dataset = data();
  const axes = buildTargets(dataset).axes;
  const run = (epsilon: number, seed: number) => {
    const rng = createRng(seed);
    return privateStructure({ dataset, axes, epsilon, random: () => rng.next(), maxCells: 100 });
  };

  it('with a large budget is the maximum spanning tree of the dependence scores (Kruskal)', () => {
    // Scores ‖counts − m_a m_b / n‖₁: a–b and c–d 400 each, b–c (and a–c, a–d, b–d) 200, e with anything 0.
    const tree = run(1e6, 1);
    const names = tree.map((p) => [...p].sort().join(''));
    expect(names).toContain('ab');
    expect(names).toContain('cd');
    expect(tree.length).toBe(4);
    // One edge joins {a, b} and {c, d}; one brings in e.
    expect(names.filter((n) => /[ab]/.test(n) && /[cd]/.test(n))).toHaveLength(1);
    expect(names.filter((n) => n.includes('e'))).toHaveLength(1);
  });

  it('returns the pairs in running-intersection order: each after the first shares a column with one before it', () => {
    for (const seed of [1, 2, 3]) {
      const tree = run(1e-6, seed);
      tree.slice(1).forEach((pair, i) =>
        expect(
          tree
            .slice(0, i + 1)
            .flat()
            .some((c) => pair.includes(c)),
        ).toBe(true),
      );
      // The column a pair shares comes first, so sampling draws the other one given it.
      tree.slice(1).forEach((pair, i) => expect(tree.slice(0, i + 1).flat()).toContain(pair[0]));
    }
  });

  it('with almost no budget picks edges nearly at random, and always a spanning tree', () => {
    const trees = [1, 2, 3, 4, 5, 6].map((seed) => run(1e-6, seed));
    for (const tree of trees) {
      expect(tree.length).toBe(4);
      expect(new Set(tree.flat()).size).toBe(5);
    }
    // Different seeds give different trees: the choice is random, not the data's strongest pairs.
    expect(new Set(trees.map((t) => JSON.stringify(t))).size).toBeGreaterThan(1);
  });
});
