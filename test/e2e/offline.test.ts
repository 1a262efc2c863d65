import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outsideLocalhost } from './static-host.ts';
import { precacheVersion, precachedFiles, useStaticApp } from './static-app-fixture.ts';

const HEADER = readFileSync(new URL('../fixtures/datasets/penguins.csv', import.meta.url), 'utf8').split(/\r?\n/)[0];

// One visit online, then the server is gone: the service worker alone serves the app.
describe('built app offline', () => {
  const site = useStaticApp('/offline/app/');

  it('precaches on the first visit, then synthesises penguins to a CSV with the server closed', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Left by an older version of ours, and by WebLLM: activation deletes only the first.
    await page.goto(`${site.host.url}no-such-page`);
    await page.evaluate(() => Promise.all([caches.open('synthor-0123456789abcdef'), caches.open('webllm/model')]));
    await page.goto(site.host.url);
    // The worker claims the page once every precached file is in its cache.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    const online = await page.evaluate(() => crossOriginIsolated);
    const files = precachedFiles(site.outDir);
    expect(files).toEqual(expect.arrayContaining(['index.html', 'samples/penguins.csv']));
    expect(files.some((f) => f.endsWith('.wasm'))).toBe(true);
    expect(files.some((f) => /synth\.worker-.*\.js$/.test(f))).toBe(true);

    await site.host.close();
    await expect(fetch(site.host.url)).rejects.toThrow();
    await page.reload();
    await page.getByRole('button', { name: /Penguins/ }).click();
    await page.getByText('344 rows, 7 columns').waitFor();
    await page.getByRole('button', { name: 'Synthesize' }).click();
    await page.getByRole('heading', { name: 'Report' }).waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const lines = readFileSync(await download.path(), 'utf8').split('\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines.length - 2).toBe(1000);

    // One cache of ours, this build's (the older one was deleted); the plain site.host sent no COOP/COEP, the worker added them.
    const cacheNames = await page.evaluate(() => caches.keys());
    const ours = cacheNames.filter((n) => n.startsWith('synthor-'));
    expect(precacheVersion(site.outDir)).toMatch(/^[0-9a-f]{16}$/);
    expect(ours).toEqual([`synthor-${precacheVersion(site.outDir)}`]);
    expect(cacheNames).toContain('webllm/model');
    expect(online).toBe(false);
    await expect(page.evaluate(() => crossOriginIsolated)).resolves.toBe(true);
    expect(errors).toEqual([]);
    expect(outsideLocalhost(site.requests)).toEqual([]);
  });
});
