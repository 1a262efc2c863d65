import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { targetsFromJson } from '../../src/stats/stats-json/targets-from-json.ts';
import type { TargetsJson } from '../../src/stats/stats-json/targets-json.ts';
import { synthesize } from '../../src/synth/synthesize.ts';

const DOC = readFileSync(new URL('../../docs/aggregates-from-sql.md', import.meta.url), 'utf8');
const SQL = (name: string) => readFileSync(new URL(`../../docs/sql/${name}.sql`, import.meta.url), 'utf8');

/** The fenced block after `<!-- marker -->` in the doc. */
function block(marker: string): string {
  const m = new RegExp(`<!-- ${marker} -->\\s*\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(DOC);
  if (!m) throw new Error(`docs/aggregates-from-sql.md has no block after <!-- ${marker} -->`);
  return m[1];
}

type Row = Record<string, string>;

/** Query 4 of the templates, in plain code: the cell index of a value on an axis. */
function cellOf(axis: TargetsJson['axes'][number], raw: string): number {
  const missing = axis.labels.length - 1;
  if (raw === '') return missing;
  if (axis.kind === 'categorical') {
    const i = axis.categories.indexOf(raw);
    return i >= 0 ? i : axis.other ? axis.categories.length : Number.NaN;
  }
  const x = Number(raw);
  const bins = axis.edges.length - 1;
  let i = 0;
  while (i + 1 < bins && x >= axis.edges[i + 1]) i++;
  return i;
}

describe('docs/aggregates-from-sql.md', () => {
  const stats = JSON.parse(block('example-stats')) as TargetsJson;
  const [header, ...lines] = block('example-rows').trim().split('\n');
  const rows: Row[] = lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [header.split(',')[i], v])));

  it('its example counts are the GROUP BY of its example rows, row-major over every cell', () => {
    expect(stats.rowCount).toBe(rows.length);
    for (const table of stats.tables) {
      const axes = table.columns.map((c) => stats.axes.find((a) => a.column === c)!);
      expect(table.shape).toEqual(axes.map((a) => a.labels.length));
      const counts = new Array<number>(table.shape.reduce((p, n) => p * n, 1)).fill(0);
      for (const row of rows) counts[axes.reduce((cell, a, k) => cell * table.shape[k] + cellOf(a, row[a.column]), 0)]++;
      expect(table.counts, table.columns.join(' x ')).toEqual(counts);
      expect(table.total).toBe(rows.length);
    }
  });

  it('its example loads as a stats file and synthesises exactly the rows asked for', async () => {
    const targets = targetsFromJson(stats, 'docs example');
    expect(targets.tables.map((t) => t.axes.map((a) => a.column).join(','))).toEqual(['species', 'island', 'mass', 'species,island']);
    const { dataset, history } = await synthesize({ targets, rows: 240, seed: 1 });
    expect(dataset.rowCount).toBe(240);
    expect(dataset.schema.columns.map((c) => c.name)).toEqual(['species', 'island', 'mass']);
    // Close to every table, the joint included.
    expect(history.at(-1)!.meanTvd).toBeLessThan(0.05);
  });

  it('a table whose counts miss a row is refused with the table named', () => {
    const broken = structuredClone(stats);
    broken.tables[3].counts[0] -= 1;
    broken.tables[3].total -= 1;
    expect(() => targetsFromJson(broken, 'docs example')).toThrow(/species × island|species,island|total 11 differs from rowCount 12/);
  });

  it.each([
    ['duckdb', /quantile_cont\(mass, \[0, 1\/6/],
    ['postgresql', /percentile_cont\(ARRAY\[0, 1\/6\.0/],
    ['spark', /percentile_approx\(mass, array\(0\.0, 1\/6/],
  ])('sql/%s.sql computes the example axes and returns columns, shape, counts and total', (name, quantile) => {
    const sql = SQL(name);
    expect(sql).toMatch(quantile);
    for (const field of ['columns', 'shape', 'counts', 'total']) expect(sql).toContain(`'${field}'`);
    // The coding in the template matches the example's axes, in order, with (missing) last.
    for (const axis of stats.axes.filter((a) => a.kind === 'categorical')) {
      axis.categories.forEach((c, i) => expect(sql).toContain(`${axis.column} = '${c}' THEN ${i}`));
      expect(sql).toContain(`WHEN ${axis.column} IS NULL THEN ${axis.labels.length - 1}`);
    }
    expect(sql).toContain('WHEN mass IS NULL THEN 3 WHEN mass < 3700 THEN 0 WHEN mass < 4200 THEN 1 ELSE 2');
    expect(sql).toContain('a * 4 + b');
  });
});
