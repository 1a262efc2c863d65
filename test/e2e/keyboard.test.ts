import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from './launch-chromium.ts';
import { serveBuiltApp, type BuiltApp } from './serve-built-app.ts';
import { outsideLocalhost } from './static-host.ts';
import { tabTo } from './tab-to.ts';

const HEADER = readFileSync(new URL('../fixtures/datasets/penguins.csv', import.meta.url), 'utf8').split(/\r?\n/)[0];

// The whole slice with no mouse: Tab, Shift+Tab, Enter, Space and typing only.
describe('built app: keyboard only', () => {
  let app: BuiltApp;
  let browser: BrowserContext;
  const requests: string[] = [];

  beforeAll(async () => {
    app = await serveBuiltApp();
    browser = await launchChromium();
    browser.on('request', (r) => requests.push(r.url()));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('loads the penguins sample, synthesises 1,000 rows and downloads them as CSV', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.url);

    await tabTo(page, /^Penguins/);
    await page.keyboard.press('Enter');
    await page.getByText('344 rows, 7 columns').waitFor();
    await page.getByRole('table', { name: 'Preview' }).waitFor();

    // Past the schema controls to the run button, then back to the rows field.
    await tabTo(page, 'Synthesize');
    await tabTo(page, /^Rows/, 'Shift+Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1000');
    await expect(page.getByLabel('Rows', { exact: true }).inputValue()).resolves.toBe('1000');
    await tabTo(page, 'Synthesize');
    await page.keyboard.press('Space');

    await page.getByRole('heading', { name: 'Report' }).waitFor({ timeout: 60_000 });
    await page.getByText(/Done: iteration \d+, 1,000 of 1,000 rows/).waitFor();
    await tabTo(page, 'Download CSV');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const lines = readFileSync(await download.path(), 'utf8').split('\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines.at(-1)).toBe('');
    expect(lines.length - 2).toBe(1000);

    // The recorder saw the page itself, so the check below looked at real traffic.
    expect(requests).toContain(app.url);
    expect(outsideLocalhost(requests)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
