import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { NO_WEBGPU_ARGS, SOFTWARE_WEBGPU_ARGS, findChromiumOrExit } from './scripts/find-chromium.ts';
import { recordRequestsCommands } from './test/browser-webgpu/record-requests.ts';
import { tinyServerCommands } from './test/browser/tiny-server-commands.ts';

/**
 * Playwright reads these when it starts the browser, not when this file loads: `--project node`
 * never looks for Chromium, and a browser project without it stops with one line saying how to get it.
 */
function chromiumLaunch(extraArgs: readonly string[]): { executablePath: string; args: string[] } {
  return {
    get executablePath() {
      return findChromiumOrExit().path;
    },
    get args() {
      return [...findChromiumOrExit().args, ...extraArgs];
    },
  };
}

// Pre-bundled up front by both browser projects, or a run discovers them mid-test and Vite reloads
// the page under it; wllama's wasm is imported by URL (?url) from node_modules and never bundled.
const BROWSER_DEPS = [
  'comlink',
  'arquero',
  'hyparquet',
  '@wllama/wllama',
  '@huggingface/gguf',
  '@mlc-ai/web-llm',
  'idb-keyval',
  'ml-random-forest',
  'vega',
  'vega-embed',
  'vega-interpreter',
  'vega-lite',
];

export default defineConfig({
  plugins: [svelte()],
  worker: { format: 'es' },
  test: {
    projects: [
      {
        // Pure Node: src/stats, src/synth, src/cli, the LLM layer's logic, scripts, benches. No browser needed.
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/browser-webgpu/**', 'test/e2e/**'],
          // The command line built once for the files that run it (test/cli/run-synth.ts).
          globalSetup: ['test/cli/built-synth-setup.ts'],
          testTimeout: 60_000,
        },
      },
      {
        // The built app in real Chromium through Playwright: built once for all files (global-setup.ts).
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        optimizeDeps: { include: BROWSER_DEPS },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            // The app against a real model server on this machine (test/browser/ui/app-endpoint.test.ts).
            commands: { ...recordRequestsCommands, ...tinyServerCommands },
            // No WebGPU adapter, whatever the machine's GPU (test/browser/webgpu/no-webgpu.test.ts).
            provider: playwright({ launchOptions: chromiumLaunch(NO_WEBGPU_ARGS) }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // The same Chromium with a WebGPU adapter that is always SwiftShader on the CPU (docs/runtimes.md).
        extends: true,
        optimizeDeps: { include: BROWSER_DEPS },
        test: {
          name: 'browser-webgpu',
          include: ['test/browser-webgpu/**/*.test.ts'],
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            commands: recordRequestsCommands,
            provider: playwright({ launchOptions: chromiumLaunch(SOFTWARE_WEBGPU_ARGS) }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
