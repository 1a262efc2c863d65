import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { serveBuiltApp, type BuiltApp } from './serve-built-app.ts';
import { launchChromium } from './launch-chromium.ts';

const PENGUINS = readFileSync(new URL('../fixtures/datasets/penguins.csv', import.meta.url));

// The report's utility section in the built app: the random forest runs in the synth worker of real Chromium.
describe('built app: utility in the report', () => {
  let app: BuiltApp;
  let browser: BrowserContext;

  beforeAll(async () => {
    app = await serveBuiltApp();
    browser = await launchChromium();
    mkdirSync('test-results', { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('predicts Species from synthetic and from real rows and shows both scores', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Forget everything' }).click();
    await page.getByLabel('Data file', { exact: true }).setInputFiles({ name: 'penguins.csv', mimeType: 'text/csv', buffer: PENGUINS });
    await page.getByText('344 rows, 7 columns').waitFor();
    await page.getByLabel('Rows', { exact: true }).fill('300');
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
    await page.screenshot({ path: 'test-results/utility-1-species.png', fullPage: true });
    await page.locator('section[aria-labelledby="utility-heading"]').screenshot({ path: 'test-results/utility-2-section.png' });

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
});
