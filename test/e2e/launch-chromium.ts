import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { NO_WEBGPU_ARGS, findChromium } from '../../scripts/find-chromium.ts';

/**
 * Debian Chromium with the quiet flags and a fresh profile (docs/runtimes.md), and no WebGPU
 * adapter on any machine: the app's planner choices (no WebLLM, GGUF on the CPU) do not depend on the GPU.
 * `serviceWorkers: 'block'` is a browser whose pages never get the service worker (a first visit, for good).
 */
export async function launchChromium(options: { serviceWorkers?: 'allow' | 'block' } = {}): Promise<BrowserContext> {
  const { path, args } = findChromium();
  const profile = mkdtempSync(join(tmpdir(), 'synthor-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: path,
    headless: true,
    args: [...args.filter((a) => !a.startsWith('--headless')), ...NO_WEBGPU_ARGS],
    acceptDownloads: true,
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
}
