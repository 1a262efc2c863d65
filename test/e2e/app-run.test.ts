import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { loadDataset } from '../../src/stats/ingest/load-dataset.ts';
import { buildTargets } from '../../src/stats/tables/build-targets.ts';
import { targetsToJson } from '../../src/stats/stats-json/targets-to-json.ts';
import { serveBuiltApp, type BuiltApp } from './serve-built-app.ts';
import { launchChromium } from './launch-chromium.ts';
import { hundredThousandRows } from '../fixtures/datasets/hundred-thousand-rows.ts';
import { synthesizeAndPause } from './pause-run.ts';
import { goToStep, openAdvanced } from './app-steps.ts';
import { loadFileFromDisk } from './scale-flow.ts';

const PENGUINS = readFileSync(new URL('../fixtures/datasets/penguins.csv', import.meta.url));
const HEADER = PENGUINS.toString('utf8').split(/\r?\n/)[0];

// The whole slice, data → setup → run → report → download, in the built app in real Chromium.
describe('built app: synthesis end to end', () => {
  let app: BuiltApp;
  let browser: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await serveBuiltApp();
    browser = await launchChromium();
    mkdirSync('test-results', { recursive: true });
  }, 120_000);

  beforeEach(async () => {
    await page?.close();
    page = await browser.newPage();
    errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.url);
    // Each test starts from an empty IndexedDB.
    await page.getByRole('button', { name: 'Forget everything' }).click();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function loadPenguins(): Promise<void> {
    await page.getByLabel('Data file', { exact: true }).setInputFiles({ name: 'penguins.csv', mimeType: 'text/csv', buffer: PENGUINS });
    await page.getByText('344 rows, 7 columns').waitFor();
  }

  async function setRowsAndSeed(rows: number, seed: number): Promise<void> {
    await page.getByLabel('Rows', { exact: true }).fill(String(rows));
    await openAdvanced(page);
    await page.getByLabel('Seed', { exact: true }).fill(String(seed));
  }

  async function downloadCsv(): Promise<string> {
    // After a full-page screenshot of a tall page, a click can land off target until the page is scrolled back.
    await page.evaluate(() => window.scrollTo(0, 0));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    return readFileSync(await download.path()).toString('utf8');
  }

  it('loads penguins as a file, synthesises 1,000 rows and downloads exactly them', async () => {
    await loadPenguins();
    await page.screenshot({ path: 'test-results/run-1-data.png', fullPage: true });
    await setRowsAndSeed(1000, 7);
    await page.screenshot({ path: 'test-results/run-2-setup.png', fullPage: true });
    // A full-page capture of a page taller than the window leaves Chromium's scroll out of step with the page's: the next click misses.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: 'Synthesize' }).click();
    await page.getByRole('heading', { name: 'Report' }).waitFor({ timeout: 60_000 });
    await page.getByRole('table', { name: 'Quality scores' }).waitFor();
    await page.locator('figure[aria-label$="real vs synthetic shares"] svg').first().waitFor();
    await expect(page.getByText(/Done: iteration \d+, 1,000 of 1,000 rows/).count()).resolves.toBe(1);
    await page.screenshot({ path: 'test-results/run-3-report.png', fullPage: true });
    const csv = await downloadCsv();
    const lines = csv.split('\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines.at(-1)).toBe('');
    expect(lines.length - 2).toBe(1000);
    expect(errors).toEqual([]);
  });

  it('resumes a run interrupted by a reload to the same result as an uninterrupted run', async () => {
    await page.getByLabel('Keep data on this device').check();
    await loadPenguins();
    await setRowsAndSeed(1000, 7);
    await synthesizeAndPause(page);
    await page.getByText(/Paused — progress saved/).waitFor();
    await page.screenshot({ path: 'test-results/resume-1-paused.png', fullPage: true });
    await page.reload();
    // The offer is on the Data step, where the reload lands.
    await page.getByRole('button', { name: 'Resume from checkpoint' }).waitFor();
    await page.screenshot({ path: 'test-results/resume-2-offer.png', fullPage: true });
    // The kept file and the settings came back too (on Setup; Back returns to the offer).
    await goToStep(page, 'Setup');
    await page.getByText('344 rows, 7 columns').waitFor();
    await expect(page.getByLabel('Rows', { exact: true }).inputValue()).resolves.toBe('1000');
    await page.goBack();
    await page.getByRole('button', { name: 'Resume from checkpoint' }).click();
    await page.getByRole('table', { name: 'Quality scores' }).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: 'test-results/resume-3-report.png', fullPage: true });
    const resumed = await downloadCsv();

    await goToStep(page, 'Data');
    await page.getByRole('button', { name: 'Forget everything' }).click();
    await page.reload();
    await loadPenguins();
    await setRowsAndSeed(1000, 7);
    await page.getByRole('button', { name: 'Synthesize' }).click();
    await page.getByRole('table', { name: 'Quality scores' }).waitFor({ timeout: 60_000 });
    const uninterrupted = await downloadCsv();
    expect(resumed.split('\n').length - 2).toBe(1000);
    expect(resumed).toBe(uninterrupted);
    expect(errors).toEqual([]);
  });

  it('synthesises from an imported stats.json alone', async () => {
    const { dataset } = await loadDataset({ name: 'penguins.csv', bytes: new Uint8Array(PENGUINS) });
    const stats = JSON.stringify(targetsToJson(buildTargets(dataset, { joints: [['Species', 'Island']] })));
    await page.getByLabel('Stats file').setInputFiles({ name: 'stats.json', mimeType: 'application/json', buffer: Buffer.from(stats) });
    await page.getByText('344 rows, 7 columns').waitFor();
    await page.screenshot({ path: 'test-results/stats-1-imported.png', fullPage: true });
    await setRowsAndSeed(500, 3);
    await page.getByRole('button', { name: 'Synthesize' }).click();
    await page.getByRole('heading', { name: 'Report' }).waitFor({ timeout: 60_000 });
    await page.getByText(/Only target tables were imported/).waitFor();
    await page.screenshot({ path: 'test-results/stats-2-report.png', fullPage: true });
    const lines = (await downloadCsv()).split('\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines.length - 2).toBe(500);
    expect(errors).toEqual([]);
  });

  it('predicts a column in the report from synthetic and from real rows (utility), the forest in the synth worker', async () => {
    await loadPenguins();
    await setRowsAndSeed(300, 7);
    await page.getByRole('button', { name: 'Synthesize' }).click();
    await page.getByRole('heading', { name: 'Utility (train on synthetic, test on real)' }).waitFor({ timeout: 60_000 });
    const column = page.getByLabel('Column to predict');
    // The default: the last classification column (penguins' Sex, three classes with its one ".").
    await expect(column.inputValue()).resolves.toBe('Sex');
    await expect(page.getByLabel('Positive class').count()).resolves.toBe(0);
    await column.selectOption('Species');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const table = page.getByRole('table', { name: 'Utility scores' });
    await table.waitFor({ timeout: 60_000 });
    await page.locator('section[aria-labelledby="utility-heading"]').screenshot({ path: 'test-results/utility-1-species.png' });
    await expect(table.locator('caption').textContent()).resolves.toBe('Predicting Species: 3 classes');
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim() ?? '')));
    expect(rows.map((r) => r[0])).toEqual(['Macro F1', 'Accuracy']);
    for (const [, synthetic, real] of rows) {
      expect(Number(synthetic)).toBeGreaterThan(0.7);
      expect(Number(real)).toBeGreaterThan(0.7);
    }
    await page.getByText(/^Random forest, 50 trees .*held out for the test\.$/).waitFor();
    expect(errors).toEqual([]);
  });

  // How long the main thread is blocked while loading and running on it is `npm run bench -- ui`.
  it('loads a 100,000-row file from disk and shows its schema', async () => {
    // From disk, so Chromium attaches the file natively; a buffer would be decoded by script in the page.
    // The file stays until it is loaded: the page reads a chosen file only when it gets to it.
    const dir = mkdtempSync(join(tmpdir(), 'synthor-big-'));
    const path = join(dir, 'big.csv');
    writeFileSync(path, hundredThousandRows());
    try {
      await loadFileFromDisk(page, { path, rows: 100_000, columns: 6, timeoutMs: 60_000 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const rows = page.getByRole('table', { name: 'Inferred schema' }).locator('tbody tr');
    const names = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('th, td')?.textContent?.trim() ?? ''));
    expect(names).toEqual(['id', 'age', 'city', 'income', 'joined', 'member']);
    const types = await Promise.all(names.map((n) => page.getByLabel(`Type of ${n}`).inputValue()));
    expect(types).toEqual(['identifier', 'numeric', 'categorical', 'numeric', 'datetime', 'boolean']);
    await page.screenshot({ path: 'test-results/big-1-schema.png', fullPage: true });
    expect(errors).toEqual([]);
  });
});
