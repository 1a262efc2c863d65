import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { currentStep } from './app-steps.ts';
import { useBuiltAppBrowser } from './built-app-browser.ts';
import { tabTo } from './tab-to.ts';

/** The HTML report of a penguins run, as the download saved it. */
async function expectPenguinsReport(download: Download): Promise<void> {
  expect(download.suggestedFilename()).toBe('penguins-report.html');
  const html = readFileSync(await download.path(), 'utf8');
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html).toContain('<h1>Synthor report: penguins.csv</h1>');
  expect(html).toContain('<h2>At a glance</h2>');
  expect(html).toMatch(/<h2>Target tables<\/h2>\s*<table/);
  expect(html).toContain('1,000');
}

/** Counts the page's clicks and key presses made by the user (trusted events), from now on. */
async function countInput(page: Page): Promise<() => Promise<{ clicks: number; mouse: number; keys: string[] }>> {
  await page.evaluate(() => {
    const seen = { clicks: 0, mouse: 0, keys: [] as string[] };
    (window as unknown as { seen: typeof seen }).seen = seen;
    addEventListener('click', (e) => e.isTrusted && seen.clicks++, true);
    addEventListener('mousedown', (e) => e.isTrusted && seen.mouse++, true);
    addEventListener('keydown', (e: KeyboardEvent) => e.isTrusted && seen.keys.push(e.key), true);
  });
  return () => page.evaluate(() => (window as unknown as { seen: { clicks: number; mouse: number; keys: string[] } }).seen);
}

// Issue #17: with the defaults, a first-time user goes from a sample to a report in three clicks, or with the keyboard alone.
describe('built app: sample to report in three clicks', () => {
  // A fresh profile: nothing stored, every setting at its default.
  const served = useBuiltAppBrowser();

  async function openApp(): Promise<{ page: Page; errors: string[] }> {
    const page = await served.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(served.app.url);
    await page.getByRole('navigation', { name: 'Steps' }).waitFor();
    return { page, errors };
  }

  it('with the mouse: the Penguins sample, Synthesize, Download report (HTML)', async () => {
    const { page, errors } = await openApp();
    const input = await countInput(page);

    await page.getByRole('button', { name: /^Penguins/ }).click();
    await page.getByText('344 rows, 7 columns').waitFor();
    await expect(currentStep(page)).resolves.toBe('Setup');
    await page.getByRole('button', { name: 'Synthesize' }).click();
    await page.getByRole('heading', { name: 'Report' }).waitFor({ timeout: 60_000 });
    await expect(currentStep(page)).resolves.toBe('Report');
    await page.getByText(/Done: iteration \d+, 1,000 of 1,000 rows/).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download report (HTML)' }).click()]);
    await expectPenguinsReport(download);

    const seen = await input();
    expect(seen.clicks).toBe(3);
    expect(seen.keys).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('with the keyboard alone: Tab to each of the three, Enter or Space', async () => {
    const { page, errors } = await openApp();
    const input = await countInput(page);

    await tabTo(page, /^Penguins/);
    await page.keyboard.press('Enter');
    await page.getByText('344 rows, 7 columns').waitFor();
    // Focus went to the Setup step's heading: the run button is ahead of it.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('schema-heading');
    await tabTo(page, 'Synthesize');
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: 'Report' }).waitFor({ timeout: 60_000 });
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('report-heading');
    await tabTo(page, 'Download report (HTML)');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    await expectPenguinsReport(download);

    const seen = await input();
    expect(seen.mouse).toBe(0);
    expect(new Set(seen.keys)).toEqual(new Set(['Tab', 'Enter', ' ']));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the step in the URL: Back from Report goes to Run, then Setup, and Forward returns', async () => {
    const { page, errors } = await openApp();
    await expect(page.getByRole('navigation', { name: 'Steps' }).getByRole('link').allInnerTexts()).resolves.toHaveLength(1);
    await page.getByRole('button', { name: /^Penguins/ }).click();
    await page.getByText('344 rows, 7 columns').waitFor();
    expect(new URL(page.url()).hash).toBe('#setup');
    await page.getByRole('button', { name: 'Synthesize' }).click();
    await page.getByRole('heading', { name: 'Report' }).waitFor({ timeout: 60_000 });
    expect(new URL(page.url()).hash).toBe('#report');

    await page.goBack();
    await page.getByRole('heading', { name: 'Run', exact: true }).waitFor();
    expect(new URL(page.url()).hash).toBe('#run');
    await expect(currentStep(page)).resolves.toBe('Run');
    await expect(page.getByRole('heading', { name: 'Report' }).count()).resolves.toBe(0);
    await page.locator('figure[aria-label="Mean TVD per iteration"] svg').waitFor();

    await page.goBack();
    expect(new URL(page.url()).hash).toBe('#setup');
    await expect(currentStep(page)).resolves.toBe('Setup');
    await page.getByRole('button', { name: 'Synthesize' }).waitFor();
    await expect(page.getByRole('heading', { name: 'Run', exact: true }).isVisible()).resolves.toBe(false);

    await page.goForward();
    await page.goForward();
    await page.getByRole('heading', { name: 'Report' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#report');
    await expect(page.getByText(/Done: iteration \d+, 1,000 of 1,000 rows/).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
