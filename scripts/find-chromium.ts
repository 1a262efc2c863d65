import { existsSync } from 'node:fs';

/** Flags that keep headless Chromium quiet on a machine with no network (see docs/runtimes.md). */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * No WebGPU adapter, whatever GPU the machine has: with GPU access off (as with hardware
 * acceleration off in the settings) Chromium reports WebGPU disabled and requestAdapter()
 * gives null. For the `browser` tests and the built app end to end, which expect no adapter.
 */
export const NO_WEBGPU_ARGS = ['--disable-gpu'];

/**
 * A WebGPU adapter, always SwiftShader (Dawn's CPU Vulkan), also on a machine with a real GPU:
 * for the `browser-webgpu` tests, which expect a fallback adapter without shader-f16.
 */
export const SOFTWARE_WEBGPU_ARGS = ['--enable-unsafe-webgpu', '--use-webgpu-adapter=swiftshader'];

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const CHROMIUM_HINT = 'No Chromium found: set CHROMIUM_PATH, or install it (Debian/Ubuntu: sudo apt-get install -y chromium).';

/** CHROMIUM_PATH first, then the usual install paths; throws one line saying how to get it. */
export function findChromium(): { path: string; args: string[] } {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. ${CHROMIUM_HINT}`);
    return { path: fromEnv, args: CHROMIUM_ARGS };
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error(CHROMIUM_HINT);
  return { path: found, args: CHROMIUM_ARGS };
}

/** findChromium, or one line on stderr saying how to get a browser and exit 1 (no stack trace). */
export function findChromiumOrExit(): { path: string; args: string[] } {
  try {
    return findChromium();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
