import type { BrowserCommand } from 'vitest/node';

/**
 * Browser commands (run in Node, by vitest) that log every request the browser
 * context makes, as Playwright sees it: fetches, Cache.add, module loads, workers'
 * requests included, which a `fetch` wrapper in the page would miss.
 */
const seen: string[] = [];
const inFlight = new Set<object>();
const watched = new WeakSet<object>();

const startRecordingRequests: BrowserCommand<[]> = (ctx) => {
  seen.length = 0;
  if (watched.has(ctx.context)) return;
  watched.add(ctx.context);
  ctx.context.on('request', (request) => {
    seen.push(request.url());
    inFlight.add(request);
  });
  ctx.context.on('requestfinished', (request) => void inFlight.delete(request));
  ctx.context.on('requestfailed', (request) => void inFlight.delete(request));
};

/**
 * Playwright's events reach Node on their own channel, not vitest's, so a request the
 * page just made may not be logged yet. With `waitFor`, wait for a request whose URL
 * contains it (the one the test expects) before settling; then wait a moment, and
 * until none is in flight. The deadlines only bound a broken run; no test reads time.
 */
const recordedRequests: BrowserCommand<[waitFor?: string]> = async (_ctx, waitFor) => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const expectUntil = Date.now() + 30_000;
  while (waitFor !== undefined && !seen.some((url) => url.includes(waitFor)) && Date.now() < expectUntil) await sleep(20);
  const deadline = Date.now() + 2_000;
  await sleep(100);
  while (inFlight.size > 0 && Date.now() < deadline) await sleep(20);
  return [...seen];
};

export const recordRequestsCommands = { startRecordingRequests, recordedRequests };
