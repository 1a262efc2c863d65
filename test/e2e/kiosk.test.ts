import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './launch-chromium.ts';
import { builtAppDir } from './serve-built-app.ts';
import { outsideLocalhost, serveStatic, type StaticHost } from './static-host.ts';

interface Watched {
  page: Page;
  errors: string[];
  /** Every IndexedDB open and file chooser the page attempted. */
  stored: string[];
}

// The unattended demo on a trade-fair screen: loops, stores nothing, heals itself.
describe('kiosk mode (?kiosk)', () => {
  let host: StaticHost;
  let browser: BrowserContext;
  const requests: string[] = [];

  beforeAll(async () => {
    host = await serveStatic({ dir: builtAppDir(), prefix: '/kiosk/' });
    browser = await launchChromium();
    browser.on('request', (r) => requests.push(r.url()));
    // Counts IndexedDB opens from the first script on (idb-keyval opens its database at once).
    await browser.addInitScript(() => {
      const w = window as unknown as { __idbOpens: string[] };
      w.__idbOpens = [];
      const open = indexedDB.open.bind(indexedDB);
      indexedDB.open = (name: string, version?: number) => (w.__idbOpens.push(name), open(name, version));
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  async function open(query: string): Promise<Watched> {
    const page = await browser.newPage();
    const watched: Watched = { page, errors: [], stored: [] };
    page.on('pageerror', (e) => watched.errors.push(e.message));
    page.on('filechooser', () => watched.stored.push('file chooser'));
    await page.goto(`${host.url}${query}`);
    return watched;
  }

  const status = (page: Page) => page.locator('p[role="status"][data-cycle]');

  it('loops the penguins demo with the convergence chart on screen and stores nothing', async () => {
    const { page, errors, stored } = await open('?kiosk');
    await status(page).and(page.locator('[data-phase="running"]')).waitFor({ timeout: 30_000 });
    await page.locator('figure[aria-label="Mean TVD per iteration"] svg').waitFor({ timeout: 30_000 });
    // The plan at work and the newest synthetic rows appear beside the curve.
    await page.getByRole('heading', { name: /^Plan of iteration \d+/ }).waitFor({ timeout: 30_000 });
    const rows = page.getByRole('table', { name: 'Newest synthetic rows' });
    await rows.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    await expect(rows.locator('thead th').allTextContents()).resolves.toEqual([
      'Species',
      'Island',
      'Beak Length (mm)',
      'Beak Depth (mm)',
      'Flipper Length (mm)',
      'Body Mass (g)',
      'Sex',
    ]);
    await expect(rows.locator('tbody tr').count()).resolves.toBe(8);
    await page.setViewportSize({ width: 2560, height: 1440 });
    await page.screenshot({ path: 'test-results/kiosk-1-running.png', fullPage: true });
    await page.locator('[data-completed="2"]').waitFor({ timeout: 90_000 });
    await expect(status(page).textContent()).resolves.toMatch(/^\s*Demo run (2|3):/);
    await page.screenshot({ path: 'test-results/kiosk-2-second-run.png', fullPage: true });
    await expect(page.locator('input[type="file"]').count()).resolves.toBe(0);
    await expect(page.getByRole('button').count()).resolves.toBe(0);
    const opens = await page.evaluate(() => (window as unknown as { __idbOpens: string[] }).__idbOpens);
    await expect(page.evaluate(() => indexedDB.databases())).resolves.toEqual([]);
    expect(opens).toEqual([]);
    expect(stored).toEqual([]);
    expect(errors).toEqual([]);
    expect(outsideLocalhost(requests)).toEqual([]);
    await page.close();
  }, 120_000);

  it('recovers from a failure inside the worker by restarting the demo (test hook failOnce=1)', async () => {
    const { page, errors } = await open('?kiosk&failOnce=1');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    await expect(alert.textContent()).resolves.toMatch(/injected failure/);
    await expect(status(page).getAttribute('data-phase')).resolves.toBe('recovering');
    await page.screenshot({ path: 'test-results/kiosk-3-recovering.png', fullPage: true });
    // Run 1 failed; run 2 starts on a fresh worker and finishes.
    await page.locator('[data-cycle="2"][data-completed="1"]').waitFor({ timeout: 60_000 });
    await expect(alert.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
