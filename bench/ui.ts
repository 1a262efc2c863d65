import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { formatTable } from '../src/cli/format-table.ts';
import { openBuiltApp, summarizeLongTasks, takeLongTasks, type LongTaskSummary } from './app-session.ts';
import { hundredThousandRows } from '../test/fixtures/datasets/hundred-thousand-rows.ts';
import { goToStep, openAdvanced } from '../test/e2e/app-steps.ts';
import { loadFileFromDisk } from '../test/e2e/scale-flow.ts';
import { writeResults } from './write-results.ts';

const IDLE_MS = 3000;
const BIG_RUN_ROWS = 20_000;

interface UiRow extends LongTaskSummary {
  readonly step: string;
  /** Wall time of the step, from the action to what it waits for. */
  readonly ms: number;
  readonly baseline?: boolean;
}

/**
 * `npm run bench -- ui [--no-big]`: how long the app's main thread is blocked while it works,
 * in the built app (as `npm start` serves it) in headless Chromium. Each step reports the
 * long tasks (> 50 ms) it caused; two baselines measured in the same run, the page sitting
 * idle and Chromium rendering the app's static HTML report, show what this machine does
 * with no work of ours going on, so a busy machine shows up there too. `--no-big` leaves
 * out the 100,000-row file and the 20,000-row run on it (minutes on a small machine).
 */
export async function uiBench(argv: string[]): Promise<void> {
  const big = !argv.includes('--no-big');
  const say = (s: string) => process.stderr.write(s + '\n');
  const { url, context, dir: outDir, close } = await openBuiltApp({ say, port: 4400 });
  const rows: UiRow[] = [];
  try {
    const page = await context.newPage();
    const step = async (name: string, action: () => Promise<unknown>, options: { baseline?: boolean } = {}) => {
      say(`${name} …`);
      await takeLongTasks(page);
      const started = performance.now();
      await action();
      const ms = performance.now() - started;
      const tasks = await takeLongTasks(page);
      rows.push({ step: name, ms, ...summarizeLongTasks(tasks), ...options });
    };

    await step('open the page', async () => {
      await page.goto(url);
      await page.getByRole('button', { name: 'Forget everything' }).click();
    });
    await step(`page idle (${IDLE_MS / 1000} s)`, () => page.waitForTimeout(IDLE_MS), { baseline: true });
    await step('load penguins (sample)', async () => {
      await page.getByRole('button', { name: /Penguins/ }).click();
      await page.getByText('344 rows, 7 columns').waitFor();
    });
    await step('run 1,000 rows from penguins', () => synthesize(page, 1000, 60_000));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download report (HTML)' }).click()]);
    const report = readFileSync(await download.path(), 'utf8');
    const reportPage = await context.newPage();
    await step('render the static HTML report (no script)', () => reportPage.setContent(report, { waitUntil: 'load' }), { baseline: true });
    await reportPage.close();

    if (big) {
      const file = join(outDir, 'big.csv');
      writeFileSync(file, hundredThousandRows());
      await goToStep(page, 'Data');
      await step('load a 100,000-row file', async () => {
        await loadFileFromDisk(page, { path: file, rows: 100_000, columns: 6, timeoutMs: 300_000 });
      });
      await step(`run ${BIG_RUN_ROWS.toLocaleString('en')} rows from it`, () => synthesize(page, BIG_RUN_ROWS, 1_200_000));
    }
  } finally {
    await close();
  }

  const reference = Math.max(...rows.filter((r) => r.baseline).map((r) => r.longestMs), 50);
  const header = ['step', 'wall s', 'long tasks', 'longest ms', 'blocking ms', 'longest / baseline'];
  const lines = rows.map((r) => [
    r.step + (r.baseline ? ' [baseline]' : ''),
    (r.ms / 1000).toFixed(1),
    String(r.longTasks),
    r.longestMs.toFixed(0),
    r.blockingMs.toFixed(0),
    r.baseline ? '' : (r.longestMs / reference).toFixed(1),
  ]);
  process.stdout.write(formatTable(header, lines) + '\n');
  process.stdout.write(`baseline: the longest task of the baseline steps, at least 50 ms (the Long Tasks API's floor): ${reference.toFixed(0)} ms\n`);
  say(`wrote ${writeResults({ name: 'ui', data: { baselineMs: reference, rows } })}`);
}

async function synthesize(page: Page, rows: number, timeout: number): Promise<void> {
  await page.getByLabel('Rows', { exact: true }).fill(String(rows));
  await openAdvanced(page);
  await page.getByLabel('Seed', { exact: true }).fill('1');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: 'Synthesize' }).click();
  await page.getByRole('table', { name: 'Quality scores' }).waitFor({ timeout });
  // The report's charts draw after the table: wait for the last one.
  await page.locator('figure[aria-label$="real vs synthetic shares"] svg').last().waitFor({ timeout });
}
