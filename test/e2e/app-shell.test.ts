import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { serveBuiltApp, type BuiltApp } from './serve-built-app.ts';
import { launchChromium } from './launch-chromium.ts';

// The built app, as `npm start` serves it, driven in real Chromium.
describe('built app shell', () => {
  let app: BuiltApp;
  let browser: BrowserContext;
  const requests: string[] = [];

  beforeAll(async () => {
    app = await serveBuiltApp();
    browser = await launchChromium();
    browser.on('request', (r) => requests.push(r.url()));
    mkdirSync('test-results', { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('loads a bundled sample through the worker and shows its schema, with no request leaving localhost', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.url);
    await page.getByRole('button', { name: /Seattle weather/ }).click();
    const table = page.getByRole('table', { name: 'Inferred schema' });
    await table.waitFor();
    await page.screenshot({ path: 'test-results/app-shell-schema.png', fullPage: true });
    const first = await table.locator('tbody tr').first().locator('th, td').allTextContents();
    expect([first[0], first[2]]).toEqual(['date', '%Y-%m-%d']);
    await expect(page.getByLabel('Type of date').inputValue()).resolves.toBe('datetime');
    await expect(page.getByText('1,461 rows, 6 columns').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    const outside = requests.filter((u) => !/^(http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:)/.test(u));
    expect(outside).toEqual([]);
  });
});
