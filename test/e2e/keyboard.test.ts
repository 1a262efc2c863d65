import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './launch-chromium.ts';
import { serveBuiltApp, type BuiltApp } from './serve-built-app.ts';
import { outsideLocalhost } from './static-host.ts';

const HEADER = readFileSync(new URL('../fixtures/datasets/penguins.csv', import.meta.url), 'utf8').split(/\r?\n/)[0];
/** More Tab presses than the page has stops: a control not reached by then is not reachable. */
const MAX_TABS = 200;

/** What a screen reader would call the focused element, near enough: aria-label, its label, or its text. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '';
    const labelled = el.getAttribute('aria-label');
    if (labelled) return labelled;
    const label = (el as HTMLInputElement).labels?.[0];
    return (label ?? el).textContent?.trim() ?? '';
  });
}

/** Presses Tab (or Shift+Tab) until the focused control's name matches; fails if it never does. */
async function tabTo(page: Page, name: string | RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  const matches = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
  const seen: string[] = [];
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press(key);
    const now = await focusedName(page);
    if (matches(now)) return;
    seen.push(now);
  }
  throw new Error(`${key} never reached "${name}"; stops seen: ${[...new Set(seen)].join(' | ')}`);
}

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
