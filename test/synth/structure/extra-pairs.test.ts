import { describe, expect, it } from 'vitest';
import { axisCells } from '../../../src/stats/tables/axis-cells.ts';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import { extraPairs } from '../../../src/synth/structure/extra-pairs.ts';
import { makeDataset } from '../../stats/tables/make-dataset.ts';

/**
 * 2,000 rows over a, b, c (values "0"/"1"). Counts per (a, b, c), 1,000 rows per value of a:
 * b = a in 90%, and c agrees in 95% with `cFollows` ("a": c depends on a directly; "b": on b only).
 */
function rows(cFollows: 'a' | 'b'): { a: string[]; b: string[]; c: string[] } {
  const out = { a: [] as string[], b: [] as string[], c: [] as string[] };
  for (const a of [0, 1]) {
    for (const [sameB, sameC, n] of [
      [true, true, 855],
      [true, false, 45],
      [false, true, 95],
      [false, false, 5],
    ] as const) {
      const b = sameB ? a : 1 - a;
      const ref = cFollows === 'a' ? a : b;
      const c = sameC ? ref : 1 - ref;
      for (let i = 0; i < n; i++) {
        out.a.push(`${a}`);
        out.b.push(`${b}`);
        out.c.push(`${c}`);
      }
    }
  }
  return out;
}

function pairsFor(cFollows: 'a' | 'b'): [number, number][] {
  const dataset = makeDataset(rows(cFollows));
  // The tree a–b, b–c: right when c follows b, wrong about a × c when c follows a.
  const targets = buildTargets(dataset, {
    joints: [
      ['a', 'b'],
      ['b', 'c'],
    ],
  });
  const cells = targets.axes.map((axis) => axisCells(axis, dataset));
  return extraPairs({ targets, cells, rows: dataset.rowCount, draws: 20_000, limit: 3, maxCells: 100 });
}

describe('extraPairs', () => {
  it('adds the pair a chain of cliques gets wrong', () => {
    // Data: P(a = c) = .95. The tree's model: P(c = b) = .9·.95 + .1·.05 = .86, so P(a = c) = .9·.86 + .1·.14 = .788.
    expect(pairsFor('a')).toEqual([[0, 2]]);
  });

  it('adds nothing when the tree already describes the data', () => {
    expect(pairsFor('b')).toEqual([]);
  });
});
