import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { formatTable } from '../src/cli/format-table.ts';
import { NO_WEBGPU_ARGS, findChromium } from '../scripts/find-chromium.ts';
import { hundredThousandRows } from '../test/fixtures/datasets/hundred-thousand-rows.ts';
import { writeResults } from './write-results.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const IDLE_MS = 3000;
const BIG_RUN_ROWS = 20_000;

interface LongTask {
  readonly start: number;
  readonly duration: number;
}

interface UiRow {
  readonly step: string;
  /** Wall time of the step, from the action to what it waits for. */
  readonly ms: number;
  readonly longTasks: number;
  /** The longest main-thread task (0 when none passed 50 ms, the Long Tasks API's floor). */
  readonly longestMs: number;
  /** Sum over the long tasks of their time past 50 ms (Lighthouse's total blocking time). */
  readonly blockingMs: number;
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
  const outDir = mkdtempSync(join(tmpdir(), 'synthor-bench-ui-'));
  const { path, args } = findChromium();
  say('building the app …');
  await build({ root: ROOT, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({ root: ROOT, logLevel: 'error', build: { outDir }, preview: { port: 4400, strictPort: false, host: '127.0.0.1' } });
  const browser = await chromium.launch({
    executablePath: path,
    headless: true,
    args: [...args.filter((a) => !a.startsWith('--headless')), ...NO_WEBGPU_ARGS],
  });
  const rows: UiRow[] = [];
  try {
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('bench: vite preview did not report a URL');
    const context = await browser.newContext({ acceptDownloads: true });
    await context.addInitScript({ content: observeLongTasks });
    const page = await context.newPage();
    const step = async (name: string, action: () => Promise<unknown>, options: { baseline?: boolean } = {}) => {
      say(`${name} …`);
      await takeLongTasks(page);
      const started = performance.now();
      await action();
      const ms = performance.now() - started;
      const tasks = await takeLongTasks(page);
      rows.push({ step: name, ms, ...summarize(tasks), ...options });
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
      await step('load a 100,000-row file', async () => {
        await page.getByLabel('Data file', { exact: true }).setInputFiles(file);
        await page.getByText('100,000 rows, 6 columns').waitFor({ timeout: 300_000 });
      });
      await step(`run ${BIG_RUN_ROWS.toLocaleString('en')} rows from it`, () => synthesize(page, BIG_RUN_ROWS, 1_200_000));
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
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
  await page.getByLabel('Seed', { exact: true }).fill('1');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: 'Synthesize' }).click();
  await page.getByRole('table', { name: 'Quality scores' }).waitFor({ timeout });
  // The report's charts draw after the table: wait for the last one.
  await page.locator('figure[aria-label$="real vs synthetic shares"] svg').last().waitFor({ timeout });
}

function summarize(tasks: readonly LongTask[]): Pick<UiRow, 'longTasks' | 'longestMs' | 'blockingMs'> {
  return {
    longTasks: tasks.length,
    longestMs: Math.max(0, ...tasks.map((t) => t.duration)),
    blockingMs: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
  };
}

/** Runs in every page before its scripts: records each long task of the main thread. (A string: a
 * function would be sent as tsx compiled it, with helpers the page does not have.) */
const observeLongTasks = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

/** The long tasks since the last call (the list is emptied). */
function takeLongTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate('window.__longTasks.splice(0)') as Promise<LongTask[]>;
}
