import { describe, expect, it } from 'vitest';
import type { TargetsJson } from '../../../src/stats/stats-json/targets-json.ts';
import { targetsFromJson } from '../../../src/stats/stats-json/targets-from-json.ts';
import { targetsToJson } from '../../../src/stats/stats-json/targets-to-json.ts';
import { relatedTargets } from '../../../src/synth/related/synthesize-related.ts';
import { makeDataset } from '../tables/make-dataset.ts';

const parent = makeDataset({ id: ['a', 'b', 'c', 'd', 'e', 'f'], cars: [1, 2, 0, 1, 2, 1] });
const child = makeDataset({
  id: ['a', 'a', 'b', 'c', 'c', 'c', 'd', 'e', 'f', 'f'],
  age: [40, 10, 50, 45, 17, 3, 33, 61, 29, 30],
  sex: ['F', 'M', 'F', 'M', 'F', 'M', 'F', 'M', 'F', 'M'],
});
const targets = await relatedTargets({ parent, child, key: 'id', files: { parent: 'hh.csv', child: 'pp.csv' } });
const json = (): TargetsJson => JSON.parse(JSON.stringify(targetsToJson(targets))) as TargetsJson;

describe('stats.json "related": how records hold a parent with its children', () => {
  it('is written and read back unchanged', () => {
    const j = json();
    expect(j.related).toMatchObject({ key: 'id', count: 'members', slots: 3, columns: ['age', 'sex'], files: { parent: 'hh.csv', child: 'pp.csv' } });
    expect(targetsToJson(targetsFromJson(j))).toEqual(j);
  });

  const refused: [string, (r: NonNullable<TargetsJson['related']>) => void, RegExp][] = [
    ['a file name with a folder', (r) => (r.files.child = '../../etc/passwd'), /related\.files\.child: "\.\.\/\.\.\/etc\/passwd" is not a plain file name/],
    ['the same file name twice', (r) => (r.files.child = 'hh.csv'), /different file names/],
    ['slots past the records’ columns', (r) => (r.slots = 4), /no numeric column "age#4"/],
    ['a huge slot count', (r) => (r.slots = 1e9), /related\.slots: expected a whole number from 1 to 20/],
    ['a key the child lacks', (r) => (r.key = 'cars'), /the child table has no column "cars"/],
    ['a count that is not a column', (r) => (r.count = 'sex#1'), /"sex#1" is not a numeric column/],
    ['a member column the child lacks', (r) => r.columns.push('height'), /"height" is not a column of the child table/],
  ];
  for (const [what, edit, message] of refused) {
    it(`refuses ${what}`, () => {
      const j = json();
      edit(j.related as NonNullable<TargetsJson['related']>);
      expect(() => targetsFromJson(j, 'stats.json')).toThrow(message);
    });
  }
});
