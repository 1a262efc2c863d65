import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from './launch-chromium.ts';
import { buildToTemp, outsideLocalhost, removeBuild, serveStatic, type StaticHost } from './static-host.ts';

const HEADER = readFileSync(new URL('../fixtures/datasets/penguins.csv', import.meta.url), 'utf8').split(/\r?\n/)[0];

// dist/ copied as-is under a sub-path of a plain static host: nothing may point at "/".
describe('built app under /tools/synthor/', () => {
  let outDir: string;
  let host: StaticHost;
  let browser: BrowserContext;
  const requests: string[] = [];

  beforeAll(async () => {
    outDir = await buildToTemp();
    host = await serveStatic({ dir: outDir, prefix: '/tools/synthor/' });
    browser = await launchChromium();
    browser.on('request', (r) => requests.push(r.url()));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    if (outDir) removeBuild(outDir);
  });

  it('synthesises penguins from the sample button and downloads 1,000 rows', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    const missing: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => {
      if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(host.url);
    await page.getByRole('button', { name: /Penguins/ }).click();
    await page.getByText('344 rows, 7 columns').waitFor();
    await page.getByRole('button', { name: 'Synthesize' }).click();
    await page.getByRole('heading', { name: 'Report' }).waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const lines = readFileSync(await download.path(), 'utf8').split('\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines.length - 2).toBe(1000);
    expect(missing).toEqual([]);
    expect(errors).toEqual([]);
    // Every request stayed under the prefix: an absolute "/assets/…" would have been a 404 above.
    const local = requests.filter((u) => u.startsWith('http://127.0.0.1'));
    expect(local.filter((u) => !u.startsWith(host.url))).toEqual([]);
    expect(outsideLocalhost(requests)).toEqual([]);
  });
});
