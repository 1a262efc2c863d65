import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { findChromium } from './scripts/find-chromium.ts';

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
          exclude: ['test/browser/**'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        optimizeDeps: { include: ['comlink', 'arquero', 'hyparquet'] },
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
    ],
  },
});
