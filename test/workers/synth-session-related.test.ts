import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SetupOptions } from '../../src/workers/synth-api.ts';
import { SynthSession } from '../../src/workers/synth-session.ts';
import { PENGUINS, value } from './session-fixture.ts';

const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(new URL(`../../bench/data/households/${name}`, import.meta.url))) });
const HOUSEHOLDS = file('households.csv');
const PERSONS = file('persons.csv');
const header = (f: { bytes: Uint8Array }) => new TextDecoder().decode(f.bytes).split(/\r?\n/)[0];
const SETUP: SetupOptions = {
  rows: 300,
  seed: 3,
  maxIterations: 15,
  proposalsPerIteration: 4,
  joints: null,
  rules: [],
  holdoutShare: 0.2,
  related: { key: 'hh_id' },
};

function parse(csv: string): { columns: string[]; rows: string[][] } {
  const [head, ...rows] = csv.trimEnd().split('\n');
  return { columns: head.split(','), rows: rows.map((r) => r.split(',')) };
}

describe('SynthSession: a data file with a child table', () => {
  it('offers the shared column as the key, synthesises households with their members and writes both tables', async () => {
    const session = new SynthSession();
    value(await session.loadFile(HOUSEHOLDS));
    const child = value(await session.loadChild(PERSONS));
    expect(child).toMatchObject({ fileName: 'persons.csv', rowCount: 5705, keys: ['hh_id'] });
    const summary = value(await session.setup(SETUP));
    expect([summary.trainingRows, summary.holdoutRows]).toEqual([1670, 418]);
    value(await session.start(() => {}));

    const parents = parse(await value(await session.exportCsv()).text());
    const children = parse(await value(await session.exportChildCsv()).text());
    expect(parents.columns.join(',')).toBe(header(HOUSEHOLDS));
    expect(children.columns.join(',')).toBe(header(PERSONS));
    expect(parents.rows).toHaveLength(300);
    // Every person names a household; every household has hh_size persons (a rule the data keeps, mined and kept).
    const size = new Map(parents.rows.map((r) => [r[0], Number(r[parents.columns.indexOf('hh_size')])]));
    const members = new Map<string, number>();
    for (const r of children.rows) members.set(r[0], (members.get(r[0]) ?? 0) + 1);
    expect([...members.keys()].every((k) => size.has(k))).toBe(true);
    expect([...size].every(([k, n]) => members.get(k) === n)).toBe(true);

    const report = value(await session.report());
    expect(report.related).toMatchObject({
      files: { parent: 'households.csv', child: 'persons.csv' },
      key: 'hh_id',
      parents: 300,
      children: children.rows.length,
    });
    expect(report.related?.members?.column).toBe('members');
    // SDMetrics multi-table scores of 300 synthetic households against the 1,670 training ones: sizes and cross-level pairs kept.
    expect(report.related?.quality?.cardinality).toBeGreaterThan(0.9);
    expect(report.related?.quality?.intertableTrends).toBeGreaterThan(0.9);
    expect(report.ruleViolations).toBe(0);
  }, 120_000);

  it('refuses a child table before a data file, one sharing no column, and a related setup once the data file changed', async () => {
    const session = new SynthSession();
    expect(await session.loadChild(PERSONS)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no data file loaded/) } });
    value(await session.loadFile(PENGUINS));
    expect(await session.loadChild(PERSONS)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^persons\.csv: no column has the name of a column of penguins\.csv/) },
    });
    value(await session.loadFile(HOUSEHOLDS));
    value(await session.loadChild(PERSONS));
    expect(await session.setup({ ...SETUP, maxIterations: 1, scenarios: ['+10% hh_size = 2'] })).toMatchObject({
      ok: false,
      error: { message: 'setup: scenarios do not go with a child table yet; remove the child table or the scenarios' },
    });
    value(await session.loadFile(HOUSEHOLDS));
    expect(await session.setup(SETUP)).toMatchObject({ ok: false, error: { message: 'setup: load a child table beside the data file first' } });
    expect(await session.setup({ ...SETUP, related: undefined })).toMatchObject({ ok: true });
  });
});
