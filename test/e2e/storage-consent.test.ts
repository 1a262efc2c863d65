import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveBuiltApp, type BuiltApp } from './serve-built-app.ts';
import { launchChromium } from './launch-chromium.ts';
import { diskContents } from './disk-contents.ts';
import { synthesizeAndPause } from './pause-run.ts';
import { goToStep } from './app-steps.ts';

/** Where the label or the file name occurs on disk, each with a little context; empty when nowhere. */
function traces(disk: string): string[] {
  return [...disk.matchAll(new RegExp(`.{0,60}(${LABEL}|${FILE_NAME.replaceAll('.', '\\.')}).{0,60}`, 'g'))].map((m) => m[0]);
}

// Penguins with a species label and a file name found nowhere else, so any trace of them on disk is this run's.
const LABEL = 'Zorblaxian';
const FILE_NAME = 'colony-survey-qx7.csv';
const DATA = Buffer.from(readFileSync(new URL('../fixtures/datasets/penguins.csv', import.meta.url), 'utf8').replaceAll('Adelie', LABEL));

// "Keep data on this device" is the only way anything derived from the data reaches disk; each test a fresh profile.
describe('built app: storage and consent', () => {
  let app: BuiltApp;
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    app = await serveBuiltApp();
  }, 120_000);

  beforeEach(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(app.url);
  });

  afterEach(async () => {
    await browser?.close();
  });

  afterAll(async () => {
    await app?.close();
  });

  async function load(on: Page): Promise<void> {
    await on.getByLabel('Data file', { exact: true }).setInputFiles({ name: FILE_NAME, mimeType: 'text/csv', buffer: DATA });
    await on.getByText('344 rows, 7 columns').waitFor();
  }

  async function pauseMidRun(on: Page): Promise<void> {
    await on.getByLabel('Rows', { exact: true }).fill('1000');
    await synthesizeAndPause(on);
  }

  it('without consent, a finished and a paused run leave nothing of the data on disk, in this tab or after it closed', async () => {
    await expect(page.getByLabel('Keep data on this device').isChecked()).resolves.toBe(false);
    await load(page);
    await pauseMidRun(page);
    await page.getByText(/^Paused/).waitFor();
    const paused = await diskContents(page);
    await page.getByRole('button', { name: 'Resume', exact: true }).click();
    await page.getByRole('heading', { name: 'Report' }).waitFor({ timeout: 60_000 });
    const done = await diskContents(page);
    await page.close();
    const next = await browser.newPage();
    await next.goto(app.url);
    // Start-up has read (and tidied) what is stored once the consent box is enabled.
    await next.getByRole('checkbox', { name: 'Keep data on this device', disabled: false }).waitFor();
    const after = await diskContents(next);
    for (const disk of [paused, done, after]) expect(traces(disk)).toEqual([]);
    await expect(next.getByRole('button', { name: 'Resume from checkpoint' }).count()).resolves.toBe(0);
  });

  it('with consent, the paused run is on disk and a reload offers to resume it', async () => {
    await page.getByLabel('Keep data on this device').check();
    await load(page);
    await pauseMidRun(page);
    await page.getByText(/Paused — progress saved/).waitFor();
    const disk = await diskContents(page);
    expect(traces(disk).length).toBeGreaterThan(0);
    await page.reload();
    await page.getByRole('button', { name: 'Resume from checkpoint' }).click();
    await page.getByRole('table', { name: 'Quality scores' }).waitFor({ timeout: 60_000 });
  });

  it('"Forget everything" in a second tab clears what the first tab keeps, and the first tab stops keeping', async () => {
    await page.getByLabel('Keep data on this device').check();
    await load(page);
    await page.getByLabel('Rows', { exact: true }).fill('300');
    await page.getByRole('button', { name: 'Synthesize' }).click();
    await page.getByRole('heading', { name: 'Report' }).waitFor({ timeout: 60_000 });
    // The first tab writes the project (it holds its Web Lock); the second opens it with the kept file.
    const second = await browser.newPage();
    await second.goto(app.url);
    await second.getByText('344 rows, 7 columns').waitFor();
    expect(traces(await diskContents(second)).length).toBeGreaterThan(0);

    await goToStep(second, 'Data');
    await second.getByRole('button', { name: 'Forget everything' }).click();
    await goToStep(page, 'Data');
    await page.getByText('Another tab forgot everything').waitFor();
    await expect(page.getByLabel('Keep data on this device').isChecked()).resolves.toBe(false);
    const third = await browser.newPage();
    await third.goto(app.url);
    await third.getByRole('checkbox', { name: 'Keep data on this device', disabled: false }).waitFor();
    expect(traces(await diskContents(third))).toEqual([]);
    await expect(third.getByText('344 rows, 7 columns').count()).resolves.toBe(0);
  });
});
