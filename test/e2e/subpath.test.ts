import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outsideLocalhost } from './static-host.ts';
import { useStaticApp } from './static-app-fixture.ts';

const HEADER = readFileSync(new URL('../fixtures/datasets/penguins.csv', import.meta.url), 'utf8').split(/\r?\n/)[0];

// dist/ copied as-is under a sub-path of a plain static host: nothing may point at "/".
describe('built app under /tools/synthor/', () => {
  const site = useStaticApp('/tools/synthor/');

  it('synthesises penguins from the sample button and downloads 1,000 rows', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    const missing: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => {
      if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(site.host.url);
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
    const local = site.requests.filter((u) => u.startsWith('http://127.0.0.1'));
    expect(local.filter((u) => !u.startsWith(site.host.url))).toEqual([]);
    expect(outsideLocalhost(site.requests)).toEqual([]);
  });
});
