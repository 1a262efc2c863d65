import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from './launch-chromium.ts';
import { serveBuiltApp, type BuiltApp } from './serve-built-app.ts';

export interface BuiltAppBrowser {
  /** Once beforeAll has run: the shared build served as `npm start` serves it, and a fresh Chromium profile. */
  app: BuiltApp;
  browser: BrowserContext;
}

/** For a describe block: serves the built app and starts Chromium (nothing stored in it), both closed afterwards. */
export function useBuiltAppBrowser(): BuiltAppBrowser {
  const served = {} as BuiltAppBrowser;
  beforeAll(async () => {
    served.app = await serveBuiltApp();
    served.browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await served.browser?.close();
    await served.app?.close();
  });
  return served;
}
