import type { Page } from 'playwright-core';

/**
 * Loading a GGUF from disk into the app's llm worker (wllama), shared by the
 * e2e test (app-llm.test.ts) and `npm run bench -- llm` (bench/llm-browser.ts).
 * No vitest here, so the benchmark can import it.
 */

/** Chooses the local-GGUF planner and picks the file; the llm worker starts on the choice and loads it. */
export async function pickGguf(page: Page, file: { name: string; buffer: Buffer }): Promise<void> {
  await page.getByLabel('Local GGUF file (CPU)').check();
  await page.getByText('Recommended:').waitFor();
  await page.getByLabel('GGUF model file', { exact: true }).setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
}

/** Waits until the setup says the plans will come from the loaded model (its id and context as wllama reports them). */
export async function ggufLoaded(page: Page, options: { name: string; contextTokens: number; timeoutMs: number }): Promise<void> {
  const context = options.contextTokens.toLocaleString('en');
  await page.getByText(`Plans will come from ${options.name} (wllama, context ${context} tokens).`).waitFor({ timeout: options.timeoutMs });
}
