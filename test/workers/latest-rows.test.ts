import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/stats/dataset.ts';
import { LATEST_ROWS_MAX, latestRows } from '../../src/workers/latest-rows.ts';
import { SETUP, finishedRun, loadedSession, value } from './session-fixture.ts';

describe('the newest synthetic rows (the kiosk’s rows appearing)', () => {
  it('are the last rows of the run, newest first, written as the CSV writes them', async () => {
    const { session, csv } = await finishedRun();
    const [head, ...lines] = csv.trimEnd().split('\n');
    const latest = value(await session.latestRows(5));
    expect(latest.columns.join(',')).toBe(head);
    expect(latest.rows.map((r) => r.join(','))).toEqual(lines.slice(-5).reverse());
    expect(value(await session.latestRows(1000)).rows).toHaveLength(LATEST_ROWS_MAX);
  });

  it('can be read between iterations while the run goes, as many as there are so far', async () => {
    const session = await loadedSession();
    value(await session.setup({ ...SETUP, maxIterations: 3 }));
    const seen: number[] = [];
    value(
      await session.start(async (report) => {
        const rows = value(await session.latestRows(8)).rows;
        seen.push(rows.length);
        expect(report.rows).toBeGreaterThanOrEqual(rows.length);
      }),
    );
    expect(seen).toEqual([8, 8, 8]);
  });

  it('are refused before a run, and for runs too large to finalize on every call', async () => {
    const session = await loadedSession();
    expect(await session.latestRows(5)).toMatchObject({ ok: false, error: { message: 'synth: no run yet; set one up with Synthesize first' } });
    const huge = { rowCount: 100_001, schema: { columns: [] }, columns: [] } as Dataset;
    expect(() => latestRows(huge, 5)).toThrow('the latest rows are read for runs of at most 100,000 rows (this one has 100,001)');
  });
});
