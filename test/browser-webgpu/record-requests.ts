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
 * page just made may not be logged yet: wait a moment, then until none is in flight.
 */
const recordedRequests: BrowserCommand<[]> = async () => {
  const deadline = Date.now() + 2_000;
  await new Promise((resolve) => setTimeout(resolve, 100));
  while (inFlight.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  return [...seen];
};

export const recordRequestsCommands = { startRecordingRequests, recordedRequests };
