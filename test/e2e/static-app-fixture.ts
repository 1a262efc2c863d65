import { readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from './launch-chromium.ts';
import { buildToTemp, removeBuild, serveStatic, type StaticHost } from './static-host.ts';

export interface StaticApp {
  /** The build folder (dist/ in a temp place). */
  outDir: string;
  host: StaticHost;
  browser: BrowserContext;
  /** Every URL the browser asked for, in order. */
  readonly requests: string[];
}

/**
 * For a describe block: builds the app, serves dist/ under `prefix` from a plain static
 * server, starts Chromium recording requests, and tears all of it down afterwards.
 */
export function useStaticApp(prefix: string): StaticApp {
  const app = { requests: [] as string[] } as StaticApp;
  beforeAll(async () => {
    app.outDir = await buildToTemp();
    app.host = await serveStatic({ dir: app.outDir, prefix });
    app.browser = await launchChromium();
    app.browser.on('request', (r) => app.requests.push(r.url()));
  }, 120_000);
  afterAll(async () => {
    await app.browser?.close();
    await app.host?.close();
    if (app.outDir) removeBuild(app.outDir);
  });
  return app;
}

/** The files the built service worker precaches (its PRECACHE manifest). */
export function precachedFiles(outDir: string): string[] {
  const manifest = /const PRECACHE = (.*);\n/.exec(readFileSync(`${outDir}/sw.js`, 'utf8'))?.[1] ?? '{}';
  return (JSON.parse(manifest) as { files?: string[] }).files ?? [];
}
