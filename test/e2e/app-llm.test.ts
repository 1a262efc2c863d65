import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { buildTinyGguf } from '../../scripts/tiny-gguf.ts';
import { launchChromium } from './launch-chromium.ts';
import { serveBuiltApp, type BuiltApp } from './serve-built-app.ts';
import { goToStep, openAdvanced } from './app-steps.ts';

const PENGUINS = readFileSync(new URL('../fixtures/datasets/penguins.csv', import.meta.url));
// The tiny vocabulary is nearly one token per character: the real prompt needs a 4096-token context.
const TINY = Buffer.from(buildTinyGguf({ contextLength: 4096 }));
const LOCAL = new Set(['127.0.0.1', 'localhost']);

// The LLM planner in the built app, in real Chromium: a GGUF picked from disk runs in
// wllama inside the llm worker; the synth worker calls it; nothing leaves this machine.
describe('built app: LLM planner end to end', () => {
  let app: BuiltApp;
  let browser: BrowserContext;
  let page: Page;
  let errors: string[];
  const requests: string[] = [];

  beforeAll(async () => {
    app = await serveBuiltApp();
    browser = await launchChromium();
    // Context-wide: requests from the page and from its workers.
    browser.on('request', (r) => requests.push(r.url()));
    mkdirSync('test-results', { recursive: true });
  }, 120_000);

  beforeEach(async () => {
    await page?.close();
    page = await browser.newPage();
    errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Forget everything' }).click();
    await page.getByLabel('Data file', { exact: true }).setInputFiles({ name: 'penguins.csv', mimeType: 'text/csv', buffer: PENGUINS });
    await page.getByText('344 rows, 7 columns').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function pickGguf(name: string, buffer: Buffer): Promise<void> {
    await openAdvanced(page);
    await page.getByLabel('Local GGUF file (CPU)').check();
    await page.getByText('Recommended:').waitFor();
    await page.getByLabel('GGUF model file', { exact: true }).setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
  }

  async function setRun(): Promise<void> {
    await page.getByLabel('Rows', { exact: true }).fill('60');
    await openAdvanced(page);
    await page.getByLabel('Iterations at most', { exact: true }).fill('3');
    await page.getByLabel('Proposals per iteration', { exact: true }).fill('2');
  }

  async function downloadCsvLines(): Promise<number> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    return (
      readFileSync(await download.path())
        .toString('utf8')
        .split('\n').length - 2
    );
  }

  function remote(): string[] {
    return requests.filter((url) => {
      const { protocol, hostname } = new URL(url);
      return !(protocol === 'blob:' || protocol === 'data:' || LOCAL.has(hostname));
    });
  }

  it('picks a GGUF file and synthesises exactly 60 rows with the LLM planner, all requests local', async () => {
    await pickGguf('tiny.gguf', TINY);
    await page.getByText('Plans will come from tiny.gguf (wllama, context 4,096 tokens); it reads ~').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: 'test-results/llm-1-loaded.png', fullPage: true });
    await setRun();
    await page.getByRole('button', { name: 'Synthesize' }).click();
    await page.getByRole('heading', { name: 'Report' }).waitFor({ timeout: 120_000 });
    await expect(page.getByText(/Done: iteration \d+, 60 of 60 rows/).count()).resolves.toBe(1);
    await expect(page.getByText('Planner: llm (tiny.gguf).').count()).resolves.toBe(1);
    await page.screenshot({ path: 'test-results/llm-2-report.png', fullPage: true });
    // The plans and the model's use are the run's: on the Run step.
    await goToStep(page, 'Run');
    await expect(page.getByRole('heading', { name: /Plan of iteration \d+ \((add|refine), llm planner\)/ }).count()).resolves.toBe(1);
    await expect(page.getByText(/Model use: [\d.,]+ tokens\/s · .*\d+ prompt \+ \d+ completion tokens/).isVisible()).resolves.toBe(true);
    await goToStep(page, 'Report');
    expect(await downloadCsvLines()).toBe(60);
    expect(errors).toEqual([]);
    // The listener sees the workers' requests too: wllama's wasm is fetched inside the llm worker.
    expect(
      requests.some((url) => /wllama.*\.wasm$/.test(url)),
      requests.join('\n'),
    ).toBe(true);
    expect(remote()).toEqual([]);
  }, 180_000);

  it('shows the coded message of a broken GGUF and runs with the statistical planner', async () => {
    await pickGguf('corrupt.gguf', TINY.subarray(0, TINY.length >> 1));
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 60_000 });
    await expect(alert.textContent()).resolves.toMatch(/^This model cannot run here \(unsupported\): wllama: could not load corrupt\.gguf/);
    await page.screenshot({ path: 'test-results/llm-3-load-error.png', fullPage: true });
    await setRun();
    await page.getByRole('button', { name: 'Synthesize' }).click();
    await page.getByRole('heading', { name: 'Report' }).waitFor({ timeout: 60_000 });
    await expect(page.getByText('Planner: statistical.').count()).resolves.toBe(1);
    expect(await downloadCsvLines()).toBe(60);
    expect(errors).toEqual([]);
    expect(remote()).toEqual([]);
  }, 120_000);

  it('turns a free-text what-if into scenario edits with the loaded model, shown in Scenarios before the run', async () => {
    const turn = page.getByRole('button', { name: 'Turn into edits with the LLM' });
    await openAdvanced(page);
    await expect(turn.isDisabled()).resolves.toBe(true);
    await page.getByText('Load a language model (Planner) to write the what-if as edits.').waitFor();
    await pickGguf('tiny.gguf', TINY);
    await page.getByText('Plans will come from tiny.gguf (wllama, context 4,096 tokens); it reads ~').waitFor({ timeout: 60_000 });
    await page.getByLabel('What-if scenario (LLM planners)').fill('more Gentoo penguins');
    await turn.click();
    // The tiny model writes noise: whatever it wrote is stated (added, not applying, or nothing), never run unseen.
    const notes = page.getByRole('status', { name: 'Scenario edits from the what-if' });
    await notes.waitFor({ timeout: 120_000 });
    const said = (await notes.textContent()) ?? '';
    expect(said).toMatch(/Added to Scenarios|Not an edit that applies|no edit|gave no edits/);
    const scenarios = await page.getByLabel('Scenarios (one per line)').inputValue();
    if (said.includes('Added to Scenarios')) expect(scenarios).not.toBe('');
    else expect(scenarios).toBe('');
    await page.screenshot({ path: 'test-results/llm-4-scenario-edits.png', fullPage: true });
    await setRun();
    await page.getByRole('button', { name: 'Synthesize' }).click();
    await page.getByRole('heading', { name: 'Report' }).waitFor({ timeout: 120_000 });
    expect(errors).toEqual([]);
    expect(remote()).toEqual([]);
  }, 300_000);
});
