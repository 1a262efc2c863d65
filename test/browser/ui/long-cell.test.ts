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

  it('shows a long category label cut in every view, the report included', async () => {
    mounted = mountApp();
    const { app, target } = mounted;
    const label = 'Q'.repeat(20_000);
    const lines = ['kind,size'];
    for (let i = 1; i <= 60; i++) lines.push(`${i % 2 ? label : 'short'},${i % 7}`);
    await app.loadFile(new File([lines.join('\n') + '\n'], 'long-label.csv'));
    expect(app.error).toBeNull();
    app.setup.rows = 100;
    app.setup.maxIterations = 4;
    await app.synthesize();
    await until(() => app.run.status === 'done' || app.run.status === 'error', 'the run to finish');
    expect(app.run.error).toBeNull();
    // The utility section predicts the long-labelled column, its long class the positive one.
    app.run.utility.choose('kind');
    app.run.utility.positive = label;
    await app.run.utility.run();
    expect(app.run.utility.error).toBeNull();
    flushSync();
    expect(target.querySelector('table[aria-label="Utility scores"]')).not.toBeNull();
    // Charts draw after the report: wait for the long-labelled column's.
    await until(() => target.querySelector('figure[aria-label="kind: real vs synthetic shares"] svg') !== null, 'the chart of "kind"');
    const longest = (text: string) => Math.max(0, ...(text.match(/Q+/g) ?? []).map((run) => run.length));
    expect(target.textContent).toContain('Q'.repeat(200));
    expect(longest(target.textContent ?? '')).toBeLessThanOrEqual(200);
    // What is shown or announced; an option's value attribute holds the class whole, to name it to the worker.
    const attributes = [...target.querySelectorAll('*')]
      .flatMap((e) => [...e.attributes].filter((a) => a.name === 'title' || a.name.startsWith('aria-')).map((a) => a.value))
      .join(' ');
    expect(longest(attributes)).toBeLessThanOrEqual(200);
  });
});
