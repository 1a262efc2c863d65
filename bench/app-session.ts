import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { NO_WEBGPU_ARGS, findChromium } from '../scripts/find-chromium.ts';

const ROOT = new URL('..', import.meta.url).pathname;

export interface LongTask {
  readonly start: number;
  readonly duration: number;
}

export interface LongTaskSummary {
  readonly longTasks: number;
  /** The longest main-thread task (0 when none passed 50 ms, the Long Tasks API's floor). */
  readonly longestMs: number;
  /** Sum over the long tasks of their time past 50 ms (Lighthouse's total blocking time). */
  readonly blockingMs: number;
}

export interface AppSession {
  readonly url: string;
  /** A context that accepts downloads and records every page's long tasks (takeLongTasks). */
  readonly context: BrowserContext;
  /** A temp folder for the benchmark's files, removed by close(). */
  readonly dir: string;
  close(): Promise<void>;
}

/**
 * The built app (as `npm start` serves it: vite build, then preview) in headless
 * Chromium without WebGPU, for the benchmarks that drive the app (ui, scale-app).
 * `page` builds another HTML entry of the project instead of the app (a bench
 * page, served at `url` + its path), with the same config, workers and headers.
 */
export async function openBuiltApp(options: { say: (s: string) => void; port: number; page?: string }): Promise<AppSession> {
  const dir = mkdtempSync(join(tmpdir(), 'synthor-bench-app-'));
  const outDir = join(dir, 'dist');
  const { path, args } = findChromium();
  options.say(`building ${options.page ?? 'the app'} …`);
  const input = options.page ? { rollupOptions: { input: join(ROOT, options.page) } } : {};
  await build({ root: ROOT, logLevel: 'error', build: { outDir, emptyOutDir: true, ...input } });
  const server = await preview({ root: ROOT, logLevel: 'error', build: { outDir }, preview: { port: options.port, strictPort: false, host: '127.0.0.1' } });
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    browser = await chromium.launch({ executablePath: path, headless: true, args: [...args.filter((a) => !a.startsWith('--headless')), ...NO_WEBGPU_ARGS] });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('bench: vite preview did not report a URL');
    const context = await browser.newContext({ acceptDownloads: true });
    await context.addInitScript({ content: observeLongTasks });
    return { url, context, dir, close };
  } catch (e) {
    await close();
    throw e;
  }
}

export function summarizeLongTasks(tasks: readonly LongTask[]): LongTaskSummary {
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
export function takeLongTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate('window.__longTasks.splice(0)') as Promise<LongTask[]>;
}
