import { describe, expect, it } from 'vitest';
import { growJunctionTree, type Clique, type FamilyScores } from '../../../src/synth/structure/grow-junction-tree.ts';

const columnsOf = (cliques: readonly Clique[]): number[][] => cliques.map((c) => c.columns);

/** Scores from a table of family gains keyed "x|p1,p2" (parents sorted); anything unlisted is worth −1. */
function scores(columns: number, gains: Record<string, number>, cells = 10): FamilyScores {
  return {
    columns,
    tableCells: (c) => cells ** c.length,
    gain: (x, parents) => gains[`${x}|${[...parents].sort((a, b) => a - b).join(',')}`] ?? -1,
  };
}

/** Every clique after the first meets the union of the earlier ones inside one earlier clique. */
function runningIntersection(cliques: number[][]): boolean {
  return cliques.every((c, i) => {
    if (i === 0) return true;
    const before = new Set(cliques.slice(0, i).flat());
    const separator = c.filter((x) => before.has(x));
    return separator.length === 0 || cliques.slice(0, i).some((e) => separator.every((x) => e.includes(x)));
  });
}

describe('growJunctionTree', () => {
  it('with one parent it is Chow–Liu: the maximum spanning tree, grown from the strongest pair', () => {
    // Chain 0–1 (9), 1–2 (5), 2–3 (7); the weaker 0–2 (4) and 0–3 (1) are not used.
    const g = { '0|1': 9, '1|0': 9, '1|2': 5, '2|1': 5, '2|3': 7, '3|2': 7, '0|2': 4, '2|0': 4, '0|3': 1, '3|0': 1 };
    expect(columnsOf(growJunctionTree({ scores: scores(4, g), maxParents: 1, maxCells: 1000 }))).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });

  it('gives a column two parents from one clique when that is worth more', () => {
    const g = { '0|1': 9, '1|0': 9, '2|0': 3, '2|1': 4, '2|0,1': 8 };
    expect(columnsOf(growJunctionTree({ scores: scores(3, g), maxParents: 2, maxCells: 1000 }))).toEqual([
      [0, 1],
      [0, 1, 2],
    ]);
    // The same family over the cell budget is not allowed.
    expect(columnsOf(growJunctionTree({ scores: scores(3, g), maxParents: 2, maxCells: 999 }))).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('leaves an independent column out and starts a new tree for an unrelated pair', () => {
    // {0,1} and {2,3} are dependent inside, not across; 4 depends on nothing.
    const g = { '1|0': 9, '0|1': 9, '3|2': 2, '2|3': 2 };
    expect(columnsOf(growJunctionTree({ scores: scores(5, g), maxParents: 2, maxCells: 1000 }))).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('keeps the initial cliques first and grows from them', () => {
    const g = { '3|1': 5, '2|3': 6, '2|1': 1 };
    const cliques = columnsOf(growJunctionTree({ scores: scores(4, g), initial: [[0, 1]], maxParents: 2, maxCells: 1000 }));
    expect(cliques).toEqual([
      [0, 1],
      [1, 3],
      [3, 2],
    ]);
  });

  it('keeps the running-intersection property on a dense random problem', () => {
    const g: Record<string, number> = {};
    let s = 7;
    const next = () => (s = (s * 48271) % 2147483647) / 2147483647;
    const n = 8;
    const subsets = (k: number, from: number[]): number[][] =>
      k === 0 ? [[]] : from.flatMap((v, i) => subsets(k - 1, from.slice(i + 1)).map((r) => [v, ...r]));
    for (let x = 0; x < n; x++) {
      const others = Array.from({ length: n }, (_, i) => i).filter((i) => i !== x);
      for (let k = 1; k <= 3; k++) for (const p of subsets(k, others)) g[`${x}|${p.join(',')}`] = 10 * next() * k;
    }
    const cliques = columnsOf(growJunctionTree({ scores: scores(n, g), maxParents: 3, maxCells: 1e9 }));
    expect(new Set(cliques.flat()).size).toBe(n);
    expect(cliques.every((c) => c.length <= 4)).toBe(true);
    expect(runningIntersection(cliques)).toBe(true);
    // A control: the check does catch a clique order that breaks the property.
    expect(
      runningIntersection([
        [0, 1],
        [2, 3],
        [1, 2],
      ]),
    ).toBe(false);
  });

  it('takes a family on a coarser parent when it scores higher, and never offers that parent again from it', () => {
    // 2 | 0, 1 is worth 8 on fine bins but 12 with 0 cut (keep edges 0, 4, 9); 3 would like parents {0, 2}.
    const g = { '0|1': 9, '1|0': 9, '2|0,1': 8, '2|0': 2, '2|1': 3, '3|0,2': 20, '3|2': 2, '3|0': 1 };
    const keep = new Map([[0, [0, 4, 9]]]);
    const base = scores(4, g);
    const cliques = growJunctionTree({
      scores: { ...base, coarse: (x, parents) => (x === 2 && [...parents].sort().join() === '0,1' ? { gain: 12, keep } : null) },
      maxParents: 2,
      maxCells: 1000,
    });
    expect(cliques[1]).toEqual({ columns: [0, 1, 2], keep });
    // {0, 2} lies in the coarse clique only as a coarse 0: 3 attaches to 0 from the first clique or to 2.
    expect(columnsOf(cliques)[2]).toEqual([2, 3]);
  });
});
