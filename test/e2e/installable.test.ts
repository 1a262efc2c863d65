import { describe, expect, it } from 'vitest';
import { outsideLocalhost } from './static-host.ts';
import { precachedFiles, useStaticApp } from './static-app-fixture.ts';

interface Manifest {
  name: string;
  short_name: string;
  start_url: string;
  scope: string;
  display: string;
  icons: { src: string; sizes: string; type: string }[];
}

/** Width and height from a PNG's IHDR. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

// Installable from a sub-path of a plain static host: the page links a manifest whose start_url
// and scope are the app's folder, with 192 and 512 px icons, all precached by the service worker.
describe('built app is installable', () => {
  const site = useStaticApp('/tools/synthor/');

  it('links a manifest Chromium parses, scoped to the app folder, with its icons served and precached', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.host.url);
    const href = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href);
    expect(href).toBe(`${site.host.url}manifest.webmanifest`);

    // Chromium's own reading of it: no parse errors.
    const cdp = await site.browser.newCDPSession(page);
    const read = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[]; data?: string };
    expect(read.url).toBe(href);
    expect(read.errors).toEqual([]);
    const manifest = JSON.parse(read.data ?? '{}') as Manifest;
    expect(manifest.short_name).toBe('Synthor');
    expect(manifest.display).toBe('standalone');
    expect(new URL(manifest.start_url, href).href).toBe(site.host.url);
    expect(new URL(manifest.scope, href).href).toBe(site.host.url);

    const sizes: string[] = [];
    for (const icon of manifest.icons) {
      const response = await fetch(new URL(icon.src, href));
      expect(response.status, icon.src).toBe(200);
      const size = pngSize(Buffer.from(await response.arrayBuffer()));
      expect(size).toBe(icon.sizes);
      sizes.push(size);
    }
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));

    const files = precachedFiles(site.outDir);
    expect(files).toEqual(expect.arrayContaining(['manifest.webmanifest', ...manifest.icons.map((i) => i.src)]));
    expect(outsideLocalhost(site.requests)).toEqual([]);
  }, 60_000);
});
