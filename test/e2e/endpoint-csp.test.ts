import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../scripts/content-security-policy.ts';
import { startTinyServer } from '../llm/tiny-openai-server.ts';
import { launchChromium } from './launch-chromium.ts';
import { serveBuiltApp, type BuiltApp } from './serve-built-app.ts';
import { openAdvanced } from './app-steps.ts';

const PENGUINS = readFileSync(new URL('../fixtures/datasets/penguins.csv', import.meta.url));

// The built app, served as `npm start` serves it (its policy as a header too), with a real
// node-llama-cpp model server on 127.0.0.1: the policy opens to that one origin only once the
// user allowed it, through the service worker; without one the page says to reload.
describe('built app: Content-Security-Policy opened to the local model server the user allowed', () => {
  let app: BuiltApp;
  let server: Awaited<ReturnType<typeof startTinyServer>>;
  let origin: string;
  const browsers: BrowserContext[] = [];

  beforeAll(async () => {
    [app, server] = await Promise.all([serveBuiltApp(), startTinyServer()]);
    origin = new URL(server.url).origin;
  }, 120_000);

  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await app?.close();
    await server?.close();
  });

  async function openApp(serviceWorkers: 'allow' | 'block'): Promise<Page> {
    const browser = await launchChromium({ serviceWorkers });
    browsers.push(browser);
    const page = await browser.newPage();
    await page.goto(app.url);
    if (serviceWorkers === 'allow') await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    await loadPenguins(page);
    return page;
  }

  async function loadPenguins(page: Page): Promise<void> {
    await page.getByLabel('Data file', { exact: true }).setInputFiles({ name: 'penguins.csv', mimeType: 'text/csv', buffer: PENGUINS });
    await page.getByText('344 rows, 7 columns').waitFor();
  }

  async function connect(page: Page): Promise<void> {
    await openAdvanced(page);
    await page.getByLabel('Local model server (OpenAI-compatible)').check();
    await page.getByText('Recommended:').waitFor();
    await page.getByLabel('Server address').fill(server.url);
    await page.getByRole('button', { name: 'Allow and connect' }).click();
  }

  it('with the service worker: connects at once, and from then on header and meta tag name that origin and no other', async () => {
    const page = await openApp('allow');
    await connect(page);
    await page.getByText(`Plans will come from ${origin}, tiny.gguf (endpoint`).waitFor({ timeout: 60_000 });

    const response = await page.reload();
    const header = response?.headers()['content-security-policy'];
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(header).toBe(CONTENT_SECURITY_POLICY.replace(/(connect-src [^;]*)/, `$1 ${origin}`));
    expect(meta).toBe(header);
    // The page's policy refuses another port of the same host.
    const other = await page.evaluate(
      async (url) =>
        fetch(url).then(
          () => 'fetched',
          () => 'refused',
        ),
      `http://127.0.0.1:${new URL(origin).port === '9' ? 10 : 9}/`,
    );
    expect(other).toBe('refused');
    // The form comes back filled (the data does not: it was not kept); forgetting closes the page to it from the next load.
    await loadPenguins(page);
    await openAdvanced(page);
    await page.getByLabel('Local model server (OpenAI-compatible)').check();
    await page.getByText(`Allowed in this browser: ${origin}.`).waitFor();
    expect(await page.getByLabel('Server address').inputValue()).toBe(server.url);
    await page.getByRole('button', { name: 'Forget it' }).click();
    await page.getByText(`Allowed in this browser: ${origin}.`).waitFor({ state: 'detached' });
    const after = await page.reload();
    expect(after?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  }, 120_000);

  it('without a service worker: the static policy refuses the origin, and the page says to reload rather than that no server answered', async () => {
    const page = await openApp('block');
    await connect(page);
    const alert = page.getByRole('alert').filter({ hasText: 'reload to allow' });
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.textContent()).toContain(`reload to allow ${origin}`);
    const error = await page.getByRole('alert').filter({ hasText: 'Until a model loads' }).textContent();
    expect(error).toContain(
      `This page may not reach the local model server yet (not-allowed): this page's Content-Security-Policy does not allow ${origin} yet`,
    );
  }, 120_000);
});
