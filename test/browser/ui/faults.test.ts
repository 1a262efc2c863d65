import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import penguinsCsv from '../../fixtures/datasets/penguins.csv?raw';
import App from '../../../src/ui/App.svelte';
import { AppState } from '../../../src/ui/app-state.svelte.ts';
import { ProjectStore } from '../../../src/ui/project-store.ts';
import type { SavedRun } from '../../../src/workers/synth-api.ts';
import { createSynthClient } from '../../../src/workers/synth-client.ts';
import { buildTinyGguf } from '../../../scripts/tiny-gguf.ts';
import { button, until } from '../until.ts';

// What goes wrong in a real browser, and what the app then says and does.

const alerts = (root: HTMLElement) => [...root.querySelectorAll('[role="alert"]')].map((a) => a.textContent?.trim() ?? '');

/** A store whose run record cannot be written once `full`, as IndexedDB fails when the disk quota is used up. */
class FullStore extends ProjectStore {
  full = false;
  override saveRun(run: SavedRun): Promise<void> {
    if (this.full) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    return super.saveRun(run);
  }
}

describe('faults', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  async function mounted(store: ProjectStore): Promise<{ app: AppState; target: HTMLElement }> {
    const client = createSynthClient();
    const target = document.createElement('div');
    document.body.append(target);
    const app = new AppState(client, store);
    const component = mount(App, { target, props: { app } });
    cleanups.push(() => {
      unmount(component);
      target.remove();
      app.llm.terminate();
      client.terminate();
      store.release();
    });
    // Checkpoints reach the store only with consent.
    await app.setKeepData(true);
    await app.loadFile(new File([penguinsCsv], 'penguins.csv'));
    app.setup.rows = 400;
    app.setup.maxIterations = 8;
    flushSync();
    return { app, target };
  }

  async function finished(app: AppState): Promise<void> {
    await app.synthesize();
    await until(() => app.run.status === 'done' || app.run.status === 'error', 'the run to finish');
    expect(app.run.error).toBeNull();
  }

  it('pauses when the llm worker goes mid-run, says so, and finishes with exactly n rows on the statistical planner', async () => {
    const { app, target } = await mounted(new ProjectStore(`synthor-test-${crypto.randomUUID()}`));
    app.setup.rows = 300;
    app.setup.maxIterations = 30;
    app.setup.proposalsPerIteration = 2;
    await app.choosePlanner('gguf');
    await app.llm.loadFile(new File([buildTinyGguf({ contextLength: 4096 }) as Uint8Array<ArrayBuffer>], 'tiny.gguf'));
    expect(app.llm.loaded?.modelId).toBe('tiny.gguf');

    const run = app.synthesize();
    await until(() => app.run.history.length >= 1, 'the first LLM iteration', 120_000);
    expect(app.run.status).toBe('running');
    app.llm.terminate();
    await run;
    flushSync();

    expect(app.run.status).toBe('paused');
    const paused = app.run.history.length;
    expect(paused).toBeGreaterThanOrEqual(1);
    expect(app.run.history.every((r) => r.planner === 'llm')).toBe(true);
    expect(alerts(target)).toContain(
      'The language model stopped answering: its worker was shut down. The run is paused with its progress kept; continue with the statistical planner, or stop it here.',
    );
    expect(() => button(target, 'Resume')).toThrow();

    button(target, 'Continue with the statistical planner').click();
    await until(() => app.run.status === 'done' || app.run.status === 'error', 'the rest of the run', 120_000);
    expect(app.run.error).toBeNull();
    expect(app.run.interruption).toBeNull();
    expect(app.run.latest?.rows).toBe(300);
    expect(app.run.report?.rows).toBe(300);
    expect(target.textContent).toContain('Planner: statistical.');
    // The loop went on where it paused: no iteration lost or repeated, the rest from the statistical planner.
    expect(app.run.history.map((r) => r.iteration)).toEqual(app.run.history.map((_, i) => i + 1));
    expect(app.run.history.slice(paused).every((r) => r.planner === 'statistical')).toBe(true);
    expect(app.run.history.length).toBeGreaterThan(paused);
  }, 240_000);

  it('says the storage is full when a checkpoint cannot be saved, and keeps the saved run whole', async () => {
    const store = new FullStore(`synthor-test-${crypto.randomUUID()}`);
    const { app, target } = await mounted(store);
    await finished(app);
    const before = await store.run();
    expect(before?.checkpoint.done).toBe(true);
    expect(app.run.storage).toBeNull();

    store.full = true;
    app.setup.seed = 2;
    await finished(app);
    // The run itself is not lost: it ends with its rows, only unsaved.
    expect(app.run.report?.rows).toBe(400);
    expect(app.run.saved).toBe(false);
    const message = alerts(target).find((a) => a.startsWith('The browser’s storage is full'));
    expect(message).toMatch(/Free space .* or untick “Keep data on this device”\.$/);
    expect(await store.run()).toEqual(before);
  });

  it('keeps a second tab on the same project read-only: it never overwrites the first tab’s run', async () => {
    const name = `synthor-test-${crypto.randomUUID()}`;
    const first = await mounted(new ProjectStore(name));
    await finished(first.app);
    const saved = await new ProjectStore(name).run();
    expect(saved?.setup.seed).toBe(1);
    expect(first.app.run.storage).toBeNull();

    const secondStore = new ProjectStore(name);
    const second = await mounted(secondStore);
    second.app.setup.seed = 7;
    second.app.setup.rows = 250;
    await finished(second.app);
    expect(second.app.run.report?.rows).toBe(250);
    expect(alerts(second.target).some((a) => a.startsWith('This project is open in another tab: this tab works read-only'))).toBe(true);
    expect(await secondStore.run()).toEqual(saved);
    expect((await secondStore.settings())?.rows).toBe(400);

    // The first tab closes: the second may save from then on.
    (cleanups.shift() as () => void)();
    second.app.setup.seed = 8;
    await finished(second.app);
    expect((await secondStore.run())?.setup.seed).toBe(8);
    expect(second.app.run.storage).toBeNull();
  });
});
