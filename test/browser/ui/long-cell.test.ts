import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { mountApp, type MountedApp } from '../mount-app.ts';
import { until } from '../until.ts';

const LONG = 5_000_000;

/** 40 rows, one of them with a 5 MB note; the group column is a plain category. */
function longCellCsv(): string {
  const lines = ['id,note,group'];
  for (let i = 1; i <= 40; i++) lines.push(`${i},${i === 1 ? 'A'.repeat(LONG) : `short note ${i % 4}`},${['x', 'y'][i % 2]}`);
  return lines.join('\n') + '\n';
}

// One huge cell must not reach the page whole: every view shows it cut, with its length.
describe('a file with one huge cell', () => {
  let mounted: MountedApp | null = null;
  afterEach(() => mounted?.cleanup());

  it('is cut in the worker: the preview gets and shows 200 characters and the full length, the page never the whole value', async () => {
    mounted = mountApp();
    const { app, target } = mounted;
    await app.loadFile(new File([longCellCsv()], 'long-cell.csv'));
    flushSync();
    expect(app.error).toBeNull();
    const sent = app.preview?.rows[0][1] ?? '';
    expect(sent.length).toBeLessThanOrEqual(201);
    expect(sent.startsWith('A'.repeat(200))).toBe(true);

    const cell = target.querySelector('table[aria-label="Preview"] tbody tr td:nth-child(2)');
    expect(cell?.textContent?.length).toBeLessThan(300);
    expect(cell?.textContent).toContain('…');
    expect(cell?.textContent).toContain('5,000,000 characters');
    expect(target.querySelector('table[aria-label="Preview"] tbody tr:nth-child(2) td:nth-child(2)')?.textContent).toBe('short note 2');
    expect(target.textContent?.length).toBeLessThan(100_000);

    app.setup.rows = 100;
    app.setup.maxIterations = 4;
    await app.synthesize();
    await until(() => app.run.status === 'done' || app.run.status === 'error', 'the run to finish');
    expect(app.run.error).toBeNull();
    flushSync();
    expect(target.textContent?.length).toBeLessThan(100_000);
  });
});
