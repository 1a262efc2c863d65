import type { TargetsJson } from '../../../src/stats/stats-json/targets-json.ts';
import { baseStats, HOSTILE_STATS } from '../../stats/stats-json/hostile-stats-corpus.ts';

type Edit = (j: TargetsJson) => void;

/** A base stats file (columns s, t, x; tables s, t, x, s × t) edited, as text. */
const edited = (edit: Edit) => (): string => {
  const j = baseStats();
  edit(j);
  return JSON.stringify(j);
};

const loose = (j: TargetsJson) => j as unknown as Record<string, unknown> & { tables: Record<string, unknown>[]; axes: Record<string, unknown>[] };

/**
 * stats.json files for `generate --stats`, each to be refused with one line
 * naming the file and the problem; the text is made when the corpus is written.
 */
export const STATS_FILES: Record<string, () => string> = {
  'stats-not-json.json': () => 'rowCount: 4',
  'stats-null.json': () => 'null',
  'stats-array.json': () => '[]',
  'stats-empty-object.json': () => '{}',
  'stats-nan.json': () => JSON.stringify(baseStats()).replace('"rowCount":4', '"rowCount":NaN'),
  'stats-rowcount-string.json': edited((j) => (loose(j).rowCount = '4')),
  'stats-counts-strings.json': edited((j) => (loose(j).tables[0].counts = ['2', '2', '0'])),
  'stats-negative-count.json': edited((j) => (j.tables[0].counts = [-2, 6, 0])),
  'stats-rowcount-1e300.json': edited((j) => (j.rowCount = 1e300)),
  'stats-rowcount-1e999.json': () => JSON.stringify(baseStats()).replace('"rowCount":4', '"rowCount":1e999'),
  'stats-unknown-column.json': edited((j) => (j.tables[3].columns = ['s', 'nosuch'])),
  'stats-same-column-twice.json': edited((j) => {
    j.tables[3].columns = ['s', 's'];
  }),
  'stats-axis-twice.json': edited((j) => j.axes.push(j.axes[0])),
  'stats-200000-categories.json': edited((j) => {
    const categories = Array.from({ length: 200_000 }, (_, i) => `c${i}`);
    Object.assign(j.axes[0], { categories, labels: [...categories, '(missing)'] });
  }),
  'stats-no-axes.json': edited((j) => {
    j.axes = [];
    j.tables = [];
  }),
  'stats-no-schema.json': edited((j) => delete loose(j).schema),
  'stats-shape-wrong.json': edited((j) => (j.tables[0].shape = [1e9])),
  'stats-escape-column.json': edited((j) => {
    const name = 'x\x1b[31m\x1b]0;pwned\x07';
    (j.schema.columns[2] as { name: string }).name = name;
    loose(j).axes[2].column = name;
  }),
  'stats-long-column.json': edited((j) => (j.tables[3].columns = ['s', 'n'.repeat(1_000_000)])),
  'stats-wrong-version.json': edited((j) => (loose(j).version = 2)),
  'stats-deep.json': () => '{"axes":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}',
  'stats-deep-object.json': () => '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000),
  ...Object.fromEntries(HOSTILE_STATS.map((s) => [s.name, s.text])),
};
