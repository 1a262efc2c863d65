import { describe, expect, it } from 'vitest';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import type { TargetsJson } from '../../../src/stats/stats-json/targets-json.ts';
import { targetsFromJson } from '../../../src/stats/stats-json/targets-from-json.ts';
import { targetsToJson } from '../../../src/stats/stats-json/targets-to-json.ts';
import { makeDataset } from '../tables/make-dataset.ts';

const data = makeDataset(
  {
    s: ['a', 'b', 'a', null],
    x: [1.5, 2, Number.NaN, 4],
    d: [Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2), Date.UTC(2024, 0, 3), Date.UTC(2024, 0, 4)],
    id: ['1', '2', '3', '4'],
  },
  { datetime: ['d'], excluded: ['id'] },
);
const targets = buildTargets(data, { joints: [['s', 'x']] });
const json = (): TargetsJson => JSON.parse(JSON.stringify(targetsToJson(targets))) as TargetsJson;

describe('targets JSON', () => {
  it('writes the format, schema, axes and tables', () => {
    const j = json();
    expect(j.format).toBe('synthor-stats');
    expect(j.version).toBe(1);
    expect(j.rowCount).toBe(4);
    expect(j.schema.columns.map((c) => `${c.name}:${c.kind}:${c.included}`)).toEqual([
      's:categorical:true',
      'x:numeric:true',
      'd:datetime:true',
      'id:categorical:false',
    ]);
    expect(j.axes[0]).toEqual({ column: 's', kind: 'categorical', categories: ['a', 'b'], other: false, labels: ['a', 'b', '(missing)'] });
    // x non-missing 1.5, 2, 4: three values, fewer than the 6 bins, so one bin each; the last two part at 3 (halfway).
    expect(j.axes[1]).toEqual({ column: 'x', kind: 'binned', edges: [1.5, 2, 3, 4], datetime: false, labels: ['[1.5, 2)', '[2, 3)', '[3, 4]', '(missing)'] });
    // s = a: x 1.5 and a missing x; s = b: x 2; s missing: x 4.
    expect(j.tables[3]).toEqual({ columns: ['s', 'x'], shape: [3, 4], counts: [1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 0], total: 4 });
  });

  it('reads back what it wrote', () => {
    const back = targetsFromJson(json());
    expect(targetsToJson(back)).toEqual(json());
    expect(back.tables[3].axes[0]).toBe(back.axes[0]); // tables share the axis objects
  });

  it("carries each column's missing token, and reads an older file without one as written empty", () => {
    const withTokens: TargetsJson = json();
    withTokens.schema.columns[0] = { ...withTokens.schema.columns[0], missingToken: '?' };
    withTokens.schema.columns[1] = { ...withTokens.schema.columns[1], missingToken: 'NA' };
    const back = targetsFromJson(withTokens);
    expect(back.schema.columns.map((c) => c.missingToken)).toEqual(['?', 'NA', undefined, undefined]);
    expect(JSON.parse(JSON.stringify(targetsToJson(back)))).toEqual(withTokens);
    const old = json();
    expect(old.schema.columns.some((c) => 'missingToken' in c)).toBe(false);
    expect(targetsFromJson(old).schema.columns.map((c) => c.missingToken)).toEqual([undefined, undefined, undefined, undefined]);
  });

  const broken: [string, (j: TargetsJson) => void, RegExp][] = [
    ['wrong format', (j) => ((j as { format: string }).format = 'csv'), /format: expected "synthor-stats"/],
    ['future version', (j) => ((j as { version: number }).version = 2), /version 2 is not supported/],
    ['counts not summing to total', (j) => (j.tables[3].counts[0] = 5), /table "s × x": counts sum to 8 but total is 4/],
    ['total differing from rowCount', (j) => ((j.tables[0].counts[0] = 3), (j.tables[0].total = 5)), /table "s": total 5 differs from rowCount 4/],
    ['wrong shape', (j) => (j.tables[3].shape = [3, 2]), /table "s × x" has shape \[3,2\] but its axes have \[3,4\]/],
    ['too few counts', (j) => j.tables[3].counts.pop(), /table "s × x" has 11 counts, its shape needs 12/],
    ['negative count', (j) => (j.tables[0].counts[0] = -1), /tables\[0\]\.counts\[0\]: expected a count/],
    ['unknown table column', (j) => (j.tables[3].columns[1] = 'zz'), /column "zz" has no axis/],
    ['decreasing edges', (j) => ((j.axes[1] as { edges: number[] }).edges = [1.5, 1, 4]), /axes\[1\]\.edges\[1\]: edges must increase/],
    ['labels not matching', (j) => (j.axes[0].labels[0] = 'A'), /axes\[0\]\.labels: expected 3 labels/],
    ['binned axis on a categorical column', (j) => (j.axes[0].kind = 'binned'), /column "s" is categorical, so its axis must be "categorical"/],
    ['axis of an unknown column', (j) => (j.axes[0].column = 'q'), /column "q" is not in the schema/],
    ['included column without axis', (j) => j.axes.pop(), /included column "d" has no axis/],
    ['bad kind', (j) => ((j.schema.columns[0] as { kind: string }).kind = 'blob'), /unknown kind "blob"/],
    [
      'a missing token that is not a string',
      (j) => ((j.schema.columns[1] as { missingToken: unknown }).missingToken = 0),
      /schema\.columns\[1\]\.missingToken: expected a string/,
    ],
  ];
  it.each(broken)('rejects %s with an InputError naming it', (_, breakIt, message) => {
    const j = json();
    breakIt(j);
    let error: unknown;
    try {
      targetsFromJson(j, 'my-stats.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('InputError');
    expect((error as Error).message).toMatch(/^my-stats\.json: /);
    expect((error as Error).message).toMatch(message);
  });

  it('rejects something that is not an object', () => {
    expect(() => targetsFromJson([1, 2])).toThrow(/stats\.json: \(top level\): expected an object/);
  });
});
