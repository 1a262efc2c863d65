import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { findChromium } from './scripts/find-chromium.ts';
import { recordRequestsCommands } from './test/browser-webgpu/record-requests.ts';

const chromium = (() => {
  try {
    return findChromium();
  } catch (e) {
    // One line saying how to get a browser, no stack trace.
    console.error((e as Error).message);
    process.exit(1);
  }
})();

export default defineConfig({
  plugins: [svelte()],
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/browser-webgpu/**'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        // Pre-bundled up front, or the first run discovers them mid-test and reloads; wllama's
        // wasm is imported by URL (?url) from node_modules and never bundled.
        optimizeDeps: { include: ['comlink', 'arquero', 'hyparquet', '@wllama/wllama', '@huggingface/gguf', '@mlc-ai/web-llm'] },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: chromium.path,
                args: chromium.args,
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // The same Chromium with a WebGPU adapter: SwiftShader on the CPU (ENVIRONMENT-NOTES).
        extends: true,
        optimizeDeps: { include: ['comlink', '@mlc-ai/web-llm'] },
        test: {
          name: 'browser-webgpu',
          include: ['test/browser-webgpu/**/*.test.ts'],
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            commands: recordRequestsCommands,
            provider: playwright({
              launchOptions: {
                executablePath: chromium.path,
                args: [...chromium.args, '--enable-unsafe-webgpu'],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
