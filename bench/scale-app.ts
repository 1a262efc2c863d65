import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { formatTable } from '../src/cli/format-table.ts';
import { MIXED_COLUMNS } from './mixed-csv.ts';
import { downloadCsvRows, loadFileFromDisk, reportVisible, synthesizeStatistical } from '../test/e2e/scale-flow.ts';
import { openBuiltApp, summarizeLongTasks, takeLongTasks, type LongTaskSummary } from './app-session.ts';
import { writeMixed } from './scale/datasets.ts';
import { writeResults } from './write-results.ts';

interface AppStep extends LongTaskSummary {
  readonly step: string;
  /** Wall time from the action to what it waits for. */
  readonly ms: number;
  /** What happened: "ok", or why the step stopped (a timeout the bench records instead of failing). */
  readonly status: string;
  /** The machine's 1-minute load average when the step ended (above 2 on this machine: other work shared the CPU). */
  readonly load: number;
  readonly longest: readonly { readonly atS: number; readonly ms: number }[];
}

const say = (s: string) => process.stderr.write(s + '\n');

/**
 * `npm run bench -- scale-app [--rows N] [--synth-rows N] [--load-timeout S] [--synth-timeout S]
 * [--report-timeout S]`: issue #15's browser half of the scale benchmark. The built app in
 * headless Chromium: attach a 1M × 12 mixed CSV (bench/mixed-csv.ts) from disk, synthesise
 * 100,000 rows with the statistical planner, wait for the report, download the CSV and count
 * its rows. Per step: wall time and the main thread's long tasks (Long Tasks API, > 50 ms);
 * the done-when is no task over 200 ms. A report that does not show within --report-timeout
 * is recorded, not thrown. Writes bench/results/scale-app-<date>.json.
 */
export async function scaleAppBench(argv: string[]): Promise<void> {
  const number = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return fallback;
    const text = argv[i + 1] ?? '';
    if (!/^[0-9]+$/.test(text) || Number(text) < 1) throw new Error(`bench scale-app: --${name} must be a positive whole number, got "${text}"`);
    return Number(text);
  };
  const rows = number('rows', 1_000_000);
  const synthRows = number('synth-rows', 100_000);
  const timeouts = { load: number('load-timeout', 600), synth: number('synth-timeout', 1800), report: number('report-timeout', 600) };
  const session = await openBuiltApp({ say, port: 4450 });
  const steps: AppStep[] = [];
  let download: { header: string; rows: number } | null = null;
  const errors: string[] = [];
  try {
    const page = await session.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    /** Runs one step; a timeout ends the walk (recorded), anything else is a bug and throws. */
    const step = async (name: string, action: () => Promise<string>): Promise<boolean> => {
      say(`${name} …`);
      await takeLongTasks(page);
      const pageStart = (await page.evaluate('performance.now()')) as number;
      const started = performance.now();
      let status: string;
      try {
        status = await action();
      } catch (e) {
        if ((e as Error).name !== 'TimeoutError') throw e;
        status = `timed out: ${(e as Error).message.split('\n')[0]}`;
      }
      const ms = performance.now() - started;
      const tasks = await takeLongTasks(page);
      // The five longest, each with when it began (s into the step), to tell the run's tasks from the report's drawing.
      const longest = [...tasks].sort((a, b) => b.duration - a.duration).slice(0, 5);
      const top = longest.map((t) => ({ atS: Math.round(t.start - pageStart) / 1000, ms: Math.round(t.duration) }));
      steps.push({ step: name, ms, status, load: loadavg()[0], ...summarizeLongTasks(tasks), longest: top });
      say(`${name}: ${(ms / 1000).toFixed(1)} s, ${status}`);
      return status === 'ok';
    };
    const path = join(session.dir, 'mixed.csv');
    say(`writing ${rows.toLocaleString('en')} × ${MIXED_COLUMNS.length} rows …`);
    writeMixed({ rows, seed: 20_251_124, path });
    await walk(page, { url: session.url, step, path, rows, synthRows, timeouts, onDownload: (d) => (download = d) });
    if (errors.length) say(`page errors: ${errors.join(' / ')}`);
  } finally {
    await session.close();
  }
  const longest = Math.max(0, ...steps.map((s) => s.longestMs));
  const lines = steps.map((s) => [
    s.step,
    (s.ms / 1000).toFixed(1),
    String(s.longTasks),
    s.longestMs.toFixed(0),
    s.blockingMs.toFixed(0),
    s.load.toFixed(1),
    s.status,
  ]);
  process.stdout.write(formatTable(['step', 'wall s', 'long tasks', 'longest ms', 'blocking ms', 'load (1 min)', 'status'], lines) + '\n');
  process.stdout.write(`longest main-thread task over the run: ${longest.toFixed(0)} ms (done-when: ≤ 200 ms)\n`);
  const data = { rows, columns: MIXED_COLUMNS.length, synthRows, timeoutsS: timeouts, longestTaskMs: longest, download, pageErrors: errors, steps };
  say(`wrote ${writeResults({ name: 'scale-app', data })}`);
}

type Step = (name: string, action: () => Promise<string>) => Promise<boolean>;

interface Walk {
  readonly url: string;
  readonly step: Step;
  readonly path: string;
  readonly rows: number;
  readonly synthRows: number;
  readonly timeouts: { readonly load: number; readonly synth: number; readonly report: number };
  readonly onDownload: (d: { header: string; rows: number }) => void;
}

/** The steps in order; one that did not finish ends the walk (the rest would wait on it). */
async function walk(page: Page, o: Walk): Promise<void> {
  const { step, rows, synthRows, timeouts } = o;
  const ok = () => 'ok';
  const opened = await step('open the page', async () => {
    await page.goto(o.url);
    await page.getByRole('button', { name: 'Forget everything' }).click();
    return 'ok';
  });
  if (!opened) return;
  const loaded = await step(`load ${rows.toLocaleString('en')} × ${MIXED_COLUMNS.length} file`, () =>
    loadFileFromDisk(page, { path: o.path, rows, columns: MIXED_COLUMNS.length, timeoutMs: timeouts.load * 1000 }).then(ok),
  );
  if (!loaded) return;
  const done = await step(`synthesize ${synthRows.toLocaleString('en')} rows (statistical)`, () =>
    synthesizeStatistical(page, { rows: synthRows, seed: 1, timeoutMs: timeouts.synth * 1000 }).then(ok),
  );
  if (!done) return;
  const shown = await step('report visible', async () =>
    (await reportVisible(page, timeouts.report * 1000)) ? 'ok' : `report not visible after ${timeouts.report} s`,
  );
  if (!shown) return;
  await step('download CSV', async () => {
    const csv = await downloadCsvRows(page);
    o.onDownload(csv);
    const header = MIXED_COLUMNS.join(',');
    return csv.rows === synthRows && csv.header === header ? 'ok' : `downloaded ${csv.rows} rows, header ${csv.header === header ? 'right' : 'wrong'}`;
  });
}
