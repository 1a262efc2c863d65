import { readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from './launch-chromium.ts';
import { builtAppDir } from './serve-built-app.ts';
import { serveStatic, type StaticHost } from './static-host.ts';

export interface StaticApp {
  /** The build folder (dist/ in a temp place, shared by every e2e file: read only). */
  outDir: string;
  host: StaticHost;
  browser: BrowserContext;
  /** Every URL the browser asked for, in order. */
  readonly requests: string[];
}

/**
 * For a describe block: serves the built app under `prefix` from a plain static server,
 * starts Chromium recording requests, and tears both down afterwards.
 */
export function useStaticApp(prefix: string): StaticApp {
  const app = { requests: [] as string[] } as StaticApp;
  beforeAll(async () => {
    app.outDir = builtAppDir();
    app.host = await serveStatic({ dir: app.outDir, prefix });
    app.browser = await launchChromium();
    app.browser.on('request', (r) => app.requests.push(r.url()));
  }, 60_000);
  afterAll(async () => {
    await app.browser?.close();
    await app.host?.close();
  });
  return app;
}

/** The built service worker's PRECACHE manifest: the version its cache is named after, and the files. */
function precache(outDir: string): { version?: string; files?: string[] } {
  const manifest = /const PRECACHE = (.*);\n/.exec(readFileSync(`${outDir}/sw.js`, 'utf8'))?.[1] ?? '{}';
  return JSON.parse(manifest) as { version?: string; files?: string[] };
}

/** The files the built service worker precaches. */
export function precachedFiles(outDir: string): string[] {
  return precache(outDir).files ?? [];
}

/** The version in the name of the service worker's cache (`synthor-<version>`). */
export function precacheVersion(outDir: string): string | undefined {
  return precache(outDir).version;
}
