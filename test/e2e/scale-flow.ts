import type { Page } from 'playwright-core';
import { downloadText } from './download-text.ts';
import { openAdvanced } from './app-steps.ts';

/**
 * The big-file path through the app, step by step, shared by the e2e test
 * (app-scale.test.ts, small) and `npm run bench -- scale-app` (1M rows, timed).
 * No vitest here, so the benchmark can import it.
 */

/** Attaches a file from disk (natively, as a user's pick would be) and waits for its schema summary. */
export async function loadFileFromDisk(page: Page, options: { path: string; rows: number; columns: number; timeoutMs: number }): Promise<void> {
  await page.getByLabel('Data file', { exact: true }).setInputFiles(options.path);
  await page.getByText(`${options.rows.toLocaleString('en')} rows, ${options.columns} columns`).waitFor({ timeout: options.timeoutMs });
}

/** Picks the statistical planner, sets rows and seed, starts the run and waits until the run panel says it is done. */
export async function synthesizeStatistical(page: Page, options: { rows: number; seed: number; timeoutMs: number }): Promise<void> {
  await openAdvanced(page);
  await page.getByLabel('Statistical (no model)').check();
  await page.getByLabel('Rows', { exact: true }).fill(String(options.rows));
  await page.getByLabel('Seed', { exact: true }).fill(String(options.seed));
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: 'Synthesize' }).click();
  const rows = options.rows.toLocaleString('en');
  await page.getByText(new RegExp(`Done: iteration \\d+, ${rows} of ${rows} rows`)).waitFor({ timeout: options.timeoutMs });
}

/** Waits for the report's quality table; false (not a throw) when it is not there within the timeout. */
export async function reportVisible(page: Page, timeoutMs: number): Promise<boolean> {
  try {
    await page.getByRole('table', { name: 'Quality scores' }).waitFor({ timeout: timeoutMs });
    return true;
  } catch (e) {
    if ((e as Error).name === 'TimeoutError') return false;
    throw e;
  }
}

/** Downloads the synthetic CSV from the report: its header line and how many data rows it has. */
export async function downloadCsvRows(page: Page): Promise<{ name: string; header: string; rows: number }> {
  const { name, text } = await downloadText(page, 'Download CSV');
  const lines = text.split('\n');
  const rows = lines.length - 1 - (lines.at(-1) === '' ? 1 : 0);
  return { name, header: lines[0], rows };
}
