import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './launch-chromium.ts';
import { serveBuiltApp, type BuiltApp } from './serve-built-app.ts';

export { downloadText } from './download-text.ts';

export interface FreshAppPage {
  /** The page, once beforeAll has run: the built app served, storage forgotten. */
  page: Page;
  /** Uncaught page errors so far; a walk ends by expecting none. */
  readonly errors: string[];
}

/**
 * For a describe block that walks the built app on one page: serves the build, starts Chromium,
 * opens the app with nothing stored (Forget everything), collects page errors, and tears down.
 */
export function useFreshAppPage(): FreshAppPage {
  const fresh = { errors: [] as string[] } as FreshAppPage;
  let app: BuiltApp;
  let browser: BrowserContext;
  beforeAll(async () => {
    app = await serveBuiltApp();
    browser = await launchChromium();
    fresh.page = await browser.newPage();
    fresh.page.on('pageerror', (e) => fresh.errors.push(e.message));
    mkdirSync('test-results', { recursive: true });
    await fresh.page.goto(app.url);
    await fresh.page.getByRole('button', { name: 'Forget everything' }).click();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  return fresh;
}
