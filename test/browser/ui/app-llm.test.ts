import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import penguinsCsv from '../../fixtures/datasets/penguins.csv?raw';
import App from '../../../src/ui/App.svelte';
import { AppState } from '../../../src/ui/app-state.svelte.ts';
import { ProjectStore } from '../../../src/ui/project-store.ts';
import { createSynthClient } from '../../../src/workers/synth-client.ts';
import { buildTinyGguf } from '../../../scripts/tiny-gguf.ts';
import { button, until } from '../until.ts';
import { choose, fill, labelled } from './form-fields.ts';

// The whole app with the LLM planner: the real llm worker running wllama on a
// tiny GGUF built here, reached by the synth worker through its own port.

// The tiny vocabulary is nearly one token per character: the real prompt needs a 4096-token context.
const CONTEXT = 4096;
const measured: Record<string, number> = {};

function pickFile(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('app with the LLM planner', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());
  afterAll(() => console.log(`[app llm] ${JSON.stringify(measured)}`));

  async function mounted(): Promise<{ app: AppState; target: HTMLElement }> {
    const client = createSynthClient();
    const target = document.createElement('div');
    document.body.append(target);
    const app = new AppState(client, new ProjectStore(`synthor-test-${crypto.randomUUID()}`));
    const component = mount(App, { target, props: { app } });
    cleanup = () => {
      unmount(component);
      target.remove();
      app.llm.terminate();
      client.terminate();
    };
    await app.loadFile(new File([penguinsCsv], 'penguins.csv'));
    flushSync();
    return { app, target };
  }

  async function chooseGguf(target: HTMLElement, file: File): Promise<void> {
    choose(target, 'Local GGUF file');
    // The llm worker starts on this choice and reports what the browser can run.
    await until(() => target.textContent?.includes('Recommended:'), 'the capabilities');
    pickFile(labelled(target, 'GGUF model file'), file);
  }

  function setRun(target: HTMLElement): void {
    fill(target, 'Rows', '60');
    fill(target, 'Iterations at most', '3');
    fill(target, 'Proposals per iteration', '2');
    flushSync();
  }

  it('picks a GGUF file, synthesises exactly 60 rows with the LLM planner and shows its token use', async () => {
    const { app, target } = await mounted();
    const started = performance.now();
    await chooseGguf(target, new File([buildTinyGguf({ contextLength: CONTEXT }) as Uint8Array<ArrayBuffer>], 'tiny.gguf'));
    await until(() => target.textContent?.includes('Plans will come from tiny.gguf (wllama, context 4,096 tokens)'), 'the model to load');
    // Load includes the two short timed answers that measure the model's speed.
    measured.loadMs = Math.round(performance.now() - started);
    expect(target.querySelector('[role="alert"]')).toBeNull();
    const speed = app.llm.loaded?.speed;
    expect(speed?.promptTokensPerSecond).toBeGreaterThan(0);
    expect(speed?.outputTokensPerSecond).toBeGreaterThan(0);
    measured.readsPerSecond = Math.round(speed?.promptTokensPerSecond ?? 0);
    measured.writesPerSecond = Math.round(speed?.outputTokensPerSecond ?? 0);
    expect(target.textContent).toMatch(
      /Plans will come from tiny\.gguf \(wllama, context 4,096 tokens\); it reads ~[\d.,]+ tokens\/s, writes ~[\d.,]+ tokens\/s\./,
    );
    // The budget (default 3 plans) and, before any run, the longest time at the speed measured at load.
    expect(labelled(target, 'Plans the model writes').value).toBe('3');
    expect(target.textContent).toMatch(
      /The model writes the column groups and the first 3 plans \(at most 8 calls\); the statistical planner the rest\. Measured at load it reads ~[\d.,]+ tokens\/s, writes ~[\d.,]+ tokens\/s: at most about \d+ (s|min)/,
    );
    setRun(target);
    expect(app.setup.proposalsPerIteration).toBe(2);

    const runStarted = performance.now();
    button(target, 'Synthesize').click();
    await until(() => app.run.status === 'done' || app.run.status === 'error', 'the run to finish', 120_000);
    measured.runMs = Math.round(performance.now() - runStarted);
    expect(app.run.error).toBeNull();
    expect(app.run.latest?.rows).toBe(60);
    expect(app.run.report?.rows).toBe(60);
    expect(target.querySelector('progress[aria-label="Rows synthesised"]')?.getAttribute('value')).toBe('60');
    expect(target.textContent).toContain('Planner: llm (tiny.gguf).');
    expect(app.run.history.every((r) => r.planner === 'llm')).toBe(true);
    expect(target.textContent).toMatch(/Plan of iteration \d+ \((add|refine), llm planner\)/);
    const llmIterations = app.run.history.filter((r) => r.usage !== undefined);
    // Three iterations, every one planned by the model (none fell back).
    expect([llmIterations.length, app.run.history.length]).toEqual([3, 3]);
    measured.iterations = app.run.history.length;
    measured.fallbacks = app.run.history.filter((r) => r.fallbackReason !== undefined).length;
    measured.completionTokens = llmIterations.reduce((n, r) => n + (r.usage?.completionTokens ?? 0), 0);
    await until(() => target.querySelector('table[aria-label="Quality scores"]'), 'the report');
    // The plan card of the last iteration says what the model cost.
    expect(app.run.latest?.usage).toEqual({ promptTokens: 2599, completionTokens: 251 });
    expect(target.textContent).toMatch(/Model use: [\d.,]+ tokens\/s · .*\d+ prompt \+ \d+ completion tokens/);
    // After the run: what the model planned and cost, and the estimate from its measured speed.
    expect(target.textContent).toMatch(/The model planned iterations 1–3 \(\d+ calls, [\d,]+ output tokens, [\d.]+ per row\)\./);
    expect(target.textContent).toMatch(/At the [\d.]+ tokens\/s of its last answers, at most about \d+ (s|min)\./);
  }, 180_000);

  it('lists the WebLLM catalogue with sizes and cache status, and says why this browser cannot run it', async () => {
    const { app, target } = await mounted();
    choose(target, 'WebLLM model');
    const table = await until(() => target.querySelector('table[aria-label="WebLLM models"]'), 'the catalogue');
    await until(() => table.textContent?.includes('not downloaded'), 'the cache status');
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent?.trim()));
    // No WebGPU here, so no shader-f16: the f32 builds, smallest first.
    expect(rows.map((r) => r[0])).toEqual([
      'Qwen2.5-0.5B-Instruct q4f32_1',
      'Llama-3.2-1B-Instruct q4f32_1',
      'Qwen2.5-1.5B-Instruct q4f32_1',
      'Llama-3.2-3B-Instruct q4f32_1',
    ]);
    expect(rows[0].slice(1, 4)).toEqual(['≈ 320 MB', '1,060 MB', 'not downloaded']);
    const download = table.querySelector<HTMLButtonElement>('button[aria-label="Download Qwen2.5-0.5B-Instruct-q4f32_1-MLC"]');
    expect(download?.disabled).toBe(true);
    expect(target.textContent).toMatch(/The WebGPU model was not started: This browser has (no WebGPU|WebGPU but found no usable GPU)/);
    expect(app.llm.choice('webllm')).toEqual({ kind: 'statistical' });
  });

  it('reports a self-hosted GGUF URL that is not a model with its coded message', async () => {
    const { app, target } = await mounted();
    choose(target, 'Self-hosted model URL');
    await until(() => target.textContent?.includes('Recommended:'), 'the capabilities');
    // The test server answers a missing path with its HTML page: downloaded, then refused as a GGUF.
    fill(target, 'Model URL', new URL('/__synthor_missing__/app.gguf', location.href).href);
    flushSync();
    button(target, 'Load from URL').click();
    const alert = await until(() => target.querySelector('[role="alert"]'), 'the load error');
    expect(alert.textContent).toMatch(/^This model cannot run here \(unsupported\): wllama: could not load http.*app\.gguf; .*invalid magic/);
    expect(app.llm.loaded).toBeNull();
  });

  it('shows the coded message of a model that fails to load, and the statistical planner still runs', async () => {
    const { app, target } = await mounted();
    const good = buildTinyGguf({ contextLength: CONTEXT });
    const corrupt = good.slice(0, Math.floor(good.length / 2));
    await chooseGguf(target, new File([corrupt], 'corrupt.gguf'));
    const alert = await until(() => target.querySelector('[role="alert"]'), 'the load error');
    expect(alert.textContent).toMatch(/^This model cannot run here \(unsupported\): wllama: could not load corrupt\.gguf; pick a GGUF file/);
    expect(alert.textContent).toMatch(/plans come from the statistical planner\.$/);
    expect(app.llm.loaded).toBeNull();
    setRun(target);
    button(target, 'Synthesize').click();
    await until(() => app.run.status === 'done' || app.run.status === 'error', 'the run to finish');
    expect(app.run.error).toBeNull();
    expect(app.run.latest?.rows).toBe(60);
    expect(target.textContent).toContain('Planner: statistical.');
    expect(app.run.history.every((r) => r.planner === 'statistical')).toBe(true);
  }, 120_000);
});
