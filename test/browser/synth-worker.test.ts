import * as Comlink from 'comlink';
import { afterAll, describe, expect, it } from 'vitest';
import penguinsCsv from '../fixtures/datasets/penguins.csv?raw';
import { createSynthClient } from '../../src/workers/synth-client.ts';
import { until } from './until.ts';

// The real worker, through comlink, in real Chromium.
describe('synth worker', () => {
  const client = createSynthClient();
  afterAll(() => client.terminate());

  it('loads a CSV and returns the inferred schema and summaries, not rows', async () => {
    const result = await client.api.loadFile({ name: 'penguins.csv', bytes: new TextEncoder().encode(penguinsCsv) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { rowCount, schema, columns } = result.value;
    expect(rowCount).toBe(344);
    expect(schema.columns.map((c) => [c.name, c.kind])).toEqual([
      ['Species', 'categorical'],
      ['Island', 'categorical'],
      ['Beak Length (mm)', 'numeric'],
      ['Beak Depth (mm)', 'numeric'],
      ['Flipper Length (mm)', 'numeric'],
      ['Body Mass (g)', 'numeric'],
      ['Sex', 'categorical'],
    ]);
    // penguins.csv: 2 rows without measurements; Sex missing in 10 rows.
    expect(columns[2]).toMatchObject({ name: 'Beak Length (mm)', missing: 2, distinct: 164 });
    expect(columns[0]).toMatchObject({ name: 'Species', missing: 0, distinct: 3 });
    // Summaries, not rows: these fields and no others, so a field carrying the rows would fail here.
    expect(Object.keys(result.value)).toEqual(['fileName', 'source', 'rowCount', 'schema', 'columns', 'warnings', 'notes']);
    expect(columns.map((c) => Object.keys(c))).toEqual(columns.map(() => ['name', 'missing', 'missingShare', 'distinct']));
  });

  it('returns a coded error for a bad file and keeps working', async () => {
    const bad = await client.api.loadFile({ name: 'bad.csv', bytes: new TextEncoder().encode('a,b\n1,2,3\n') });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('bad-input');
    expect(bad.error.message).toMatch(/^bad\.csv: row 2/);
    const good = await client.api.loadFile({ name: 'ok.csv', bytes: new TextEncoder().encode('a,b\n1,x\n2,y\n') });
    expect(good.ok).toBe(true);
  });

  it("tells the report's steps to the main thread while it is computed, in order, before the report", async () => {
    expect((await client.api.loadFile({ name: 'penguins.csv', bytes: new TextEncoder().encode(penguinsCsv) })).ok).toBe(true);
    const setup = { rows: 200, seed: 5, maxIterations: 3, proposalsPerIteration: 2, joints: null, rules: [], holdoutShare: 0.2 };
    expect((await client.api.setup(setup)).ok).toBe(true);
    expect((await client.api.start(Comlink.proxy(() => {}))).ok).toBe(true);
    const lines: string[] = [];
    const report = await client.api.report(Comlink.proxy((line: string) => void lines.push(line)));
    expect(report.ok).toBe(true);
    // The lines come through their own port, so the last may arrive after the report: wait for it (however busy the machine).
    await until(() => lines.includes('charts, utility targets and scenarios'), 'the last progress line');
    expect(lines[0]).toBe('synthetic vs training rows: scoring column shapes 1/7');
    expect(lines.at(-1)).toBe('charts, utility targets and scenarios');
    const order = ['synthetic vs training rows', 'floor (independent marginals)', 'held-out rows', 'charts'].map((what) =>
      lines.findIndex((l) => l.startsWith(what)),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
