import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import penguinsCsv from '../fixtures/datasets/penguins.csv?raw';
import { button, until } from './until.ts';
import { mountApp } from './mount-app.ts';

describe('app shell', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  it('loads a file picked in "Data file" and shows the inferred schema', async () => {
    const mounted = mountApp();
    const { target } = mounted;
    cleanup = mounted.cleanup;

    const input = await until(() => getByLabel(target, 'Data file'), 'the file input');
    const transfer = new DataTransfer();
    transfer.items.add(new File([penguinsCsv], 'penguins.csv', { type: 'text/csv' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();

    const table = await until(() => target.querySelector('table[aria-label="Inferred schema"]'), 'the schema table');
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(cellValue));
    expect(rows).toHaveLength(7);
    expect(rows[0].slice(0, 4)).toEqual(['Species', 'categorical', '', 'yes']);
    expect(rows[5].slice(0, 4)).toEqual(['Body Mass (g)', 'numeric', 'integer', 'yes']);
    expect(target.textContent).toContain('344 rows, 7 columns');
  });

  it('previews the first 10 rows as written in the file, asked of the worker after the load', async () => {
    const mounted = mountApp();
    const { target, app } = mounted;
    cleanup = mounted.cleanup;
    expect(target.querySelector('table[aria-label="Preview"]')).toBeNull();
    await app.loadFile(new File([penguinsCsv], 'penguins.csv'));
    flushSync();
    const preview = target.querySelector('table[aria-label="Preview"]');
    if (!preview) throw new Error('no Preview table');
    const lines = penguinsCsv.split(/\r?\n/);
    const header = [...preview.querySelectorAll('thead th')].map((th) => th.textContent);
    const body = [...preview.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent).join(','));
    expect(header.join(',')).toBe(lines[0]);
    expect(body).toEqual(lines.slice(1, 11));
  });

  it('shows the message of a bad file beside the picker and keeps the previous table', async () => {
    const mounted = mountApp();
    const { target, app } = mounted;
    cleanup = mounted.cleanup;
    await app.loadFile(new File([penguinsCsv], 'penguins.csv'));
    await app.loadFile(new File(['a,b\n1,2,3\n'], 'ragged.csv'));
    flushSync();
    expect(target.querySelector('[role="alert"]')?.textContent).toMatch(/^ragged\.csv: row 2/);
    expect(target.textContent).toContain('Schema of penguins.csv');
  });
});

describe('app run', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  it('synthesises from the setup form, shows progress, the plan and the report', async () => {
    const mounted = mountApp();
    const { target, app } = mounted;
    cleanup = mounted.cleanup;
    await app.loadFile(new File([penguinsCsv], 'penguins.csv'));
    flushSync();
    const rows = getByLabel(target, 'Rows') as HTMLInputElement;
    rows.value = '500';
    rows.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    expect(app.setup.rows).toBe(500);
    button(target, 'Synthesize').click();
    await until(() => app.run.status === 'done', 'the run to finish');
    flushSync();
    expect(app.run.history.length).toBeGreaterThan(1);
    expect(app.run.latest?.rows).toBe(500);
    expect(target.querySelector('progress')?.getAttribute('value')).toBe('500');
    expect(target.textContent).toMatch(/Plan of iteration \d+/);
    const quality = await until(() => target.querySelector('table[aria-label="Quality scores"]'), 'the quality table');
    expect(quality.textContent).toMatch(/Column Pair Trends\s*\d+\.\d%\s*\d+\.\d%/);
    expect(target.querySelector('table[aria-label="Privacy"]')).not.toBeNull();
    await until(() => target.querySelector('figure[aria-label="Mean TVD per iteration"] svg'), 'the convergence chart');
    await until(() => target.querySelector('figure[aria-label$="real vs synthetic shares"] svg'), 'the overlay chart');
    expect(app.run.report?.overlays.map((o) => o.column)).toEqual(app.summary?.schema.columns.filter((c) => c.included).map((c) => c.name));
    // Every column's chart at once (7 of them), each with the numbers behind it as a table.
    await until(() => target.querySelectorAll('figure[aria-label$="real vs synthetic shares"] svg').length === 7, 'every column chart');
    const numbers = target.querySelector('table[aria-label="Species: real and synthetic shares"]');
    expect(numbers?.textContent).toMatch(/Adelie\s*\d+\.\d%\s*\d+\.\d%/);
  });

  it('shows a bad joint beside the run and keeps the loaded data', async () => {
    const mounted = mountApp();
    const { target, app } = mounted;
    cleanup = mounted.cleanup;
    await app.loadFile(new File([penguinsCsv], 'penguins.csv'));
    app.setup.jointsText = 'Species, Nope';
    await app.synthesize();
    flushSync();
    expect(app.run.status).toBe('error');
    expect(target.querySelector('[role="alert"]')?.textContent).toMatch(/no column "Nope"/);
    expect(target.textContent).toContain('Schema of penguins.csv');
  });

  it('"Forget everything" clears the page and the worker, not only the storage', async () => {
    const mounted = mountApp();
    const { client, target, app } = mounted;
    cleanup = mounted.cleanup;
    await app.loadFile(new File([penguinsCsv], 'penguins.csv'));
    flushSync();
    expect(target.textContent).toContain('Schema of penguins.csv');
    await app.forgetEverything();
    flushSync();
    expect(target.textContent).not.toContain('Schema of penguins.csv');
    // The worker holds nothing any more: setting up a run now fails for want of data.
    const setup = await client.api.setup({ rows: 10, seed: 1, maxIterations: 2, proposalsPerIteration: 2, joints: null, rules: [], holdoutShare: 0 });
    expect(setup.ok).toBe(false);
  });
});

/** What a schema cell shows: the chosen option of a select, yes/no for a checkbox, else its text. */
function cellValue(cell: Element): string {
  const select = cell.querySelector('select');
  if (select) return select.value;
  const box = cell.querySelector<HTMLInputElement>('input[type="checkbox"]');
  if (box) return box.checked ? 'yes' : 'no';
  return cell.textContent?.trim() ?? '';
}

function getByLabel(root: HTMLElement, text: string): HTMLInputElement | null {
  for (const label of root.querySelectorAll('label')) {
    if (label.textContent?.trim().startsWith(text)) return label.querySelector('input');
  }
  return null;
}
