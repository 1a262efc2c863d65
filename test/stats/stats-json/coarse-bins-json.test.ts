import { describe, expect, it } from 'vitest';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import type { TargetsJson } from '../../../src/stats/stats-json/targets-json.ts';
import { targetsFromJson } from '../../../src/stats/stats-json/targets-from-json.ts';
import { targetsToJson } from '../../../src/stats/stats-json/targets-to-json.ts';
import { makeDataset } from '../tables/make-dataset.ts';

const data = makeDataset({
  s: ['a', 'b', 'a', 'a', 'b', 'b', 'a', 'b'],
  x: [1, 2, 3, 4, 5, 6, 7, 8],
});
const targets = buildTargets(data, { joints: [['s', { column: 'x', edges: [1, 4, 8] }]] });
const json = (): TargetsJson => JSON.parse(JSON.stringify(targetsToJson(targets))) as TargetsJson;

describe('stats.json: a table holding a column on coarser bins', () => {
  it('writes the kept edges with the table and reads the same table back', () => {
    const j = json();
    expect(j.tables[2]).toEqual({ columns: ['s', 'x'], bins: { x: [1, 4, 8] }, shape: [3, 3], counts: [2, 2, 0, 1, 3, 0, 0, 0, 0], total: 8 });
    expect(j.tables[0].bins).toBeUndefined();
    expect(targetsToJson(targetsFromJson(j))).toEqual(j);
  });

  const refused: [string, (j: TargetsJson) => void, RegExp][] = [
    [
      'an edge the column does not have',
      (j) => (j.tables[2].bins = { x: [1, 4.5, 8] }),
      /tables\[2\]\.bins\.x: table "s × x": column "x": a table's bin edge 4.5/,
    ],
    ['bins of a categorical column', (j) => (j.tables[2].bins = { s: [1, 8], x: [1, 4, 8] }), /column "s" is categorical/],
    ['bins of a column the table does not hold', (j) => (j.tables[2].bins = { x: [1, 4, 8], y: [1, 8] }), /bins for column "y", which it does not hold/],
    ['a prototype key as a column', (j) => (j.tables[2].bins = { x: [1, 4, 8], constructor: [1, 8] }), /bins for column "constructor"/],
    ['bins that are not an object', (j) => ((j.tables[2] as unknown as { bins: unknown }).bins = null), /tables\[2\]\.bins: expected an object/],
    ['a marginal that disagrees with the coarse table', (j) => (j.tables[2].counts = [4, 0, 0, 4, 0, 0, 0, 0, 0]), /disagree on column "x"/],
  ];
  for (const [what, edit, message] of refused) {
    it(`refuses ${what}, naming the table`, () => {
      const j = json();
      edit(j);
      expect(() => targetsFromJson(j, 'stats.json')).toThrow(message);
    });
  }
});
