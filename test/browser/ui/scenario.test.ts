import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import penguinsCsv from '../../fixtures/datasets/penguins.csv?raw';
import App from '../../../src/ui/App.svelte';
import { AppState } from '../../../src/ui/app-state.svelte.ts';
import { ProjectStore } from '../../../src/ui/project-store.ts';
import { createSynthClient } from '../../../src/workers/synth-client.ts';
import { buildTinyGguf } from '../llm/tiny-gguf.ts';
import { until } from '../until.ts';

// The Setup's what-if scenario: saved with the setup and quoted in the LLM planner's prompt.

const SCENARIO = 'a concert at Tokyo Dome from 20–24';

function scenarioBox(root: HTMLElement): HTMLTextAreaElement {
  for (const label of root.querySelectorAll('label')) {
    const box = label.querySelector('textarea');
    if (box && label.textContent?.trim().startsWith('What-if scenario (LLM planners)')) return box;
  }
  throw new Error('no textarea labelled "What-if scenario (LLM planners)"');
}

describe('what-if scenario', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  it('is saved with the setup and reaches the tiny-GGUF planner prompt as a quoted string', async () => {
    const client = createSynthClient();
    const store = new ProjectStore(`synthor-test-${crypto.randomUUID()}`);
    const target = document.createElement('div');
    document.body.append(target);
    const app = new AppState(client, store);
    const component = mount(App, { target, props: { app } });
    cleanup = () => {
      unmount(component);
      target.remove();
      app.llm.terminate();
      client.terminate();
    };
    await app.loadFile(new File([penguinsCsv], 'penguins.csv'));
    await app.choosePlanner('gguf');
    await app.llm.loadFile(new File([buildTinyGguf({ contextLength: 4096 }) as Uint8Array<ArrayBuffer>], 'tiny.gguf'));
    flushSync();

    const box = scenarioBox(target);
    box.value = `  ${SCENARIO}\n`;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
    expect(app.setup.scenario).toBe(`  ${SCENARIO}\n`);
    // The worker gets it trimmed.
    expect(app.setup.options().scenario).toBe(SCENARIO);

    app.setup.rows = 60;
    app.setup.maxIterations = 2;
    app.setup.proposalsPerIteration = 2;
    await app.synthesize();
    await until(() => app.run.status === 'done' || app.run.status === 'error', 'the run', 120_000);
    expect(app.run.error).toBeNull();

    const audit = await client.api.audit();
    if (!audit.ok) throw new Error(audit.error.message);
    const prompts = audit.value.filter((e) => e.purpose === 'plan').map((e) => e.messages.map((m) => m.content).join('\n'));
    expect(prompts.length).toBeGreaterThan(0);
    // Quoted as data (a JSON string), never pasted in as instructions.
    for (const prompt of prompts) expect(prompt).toContain(JSON.stringify(SCENARIO));

    // Saved with the other setup fields: a later visit gets it back.
    const later = new AppState(client, store);
    await later.restore();
    expect(later.setup.scenario).toBe(`  ${SCENARIO}\n`);
  });

  it('leaves the prompt without a scenario when the box is empty', async () => {
    const client = createSynthClient();
    const app = new AppState(client, new ProjectStore(`synthor-test-${crypto.randomUUID()}`));
    cleanup = () => {
      app.llm.terminate();
      client.terminate();
    };
    app.setup.scenario = '   ';
    expect(app.setup.options()).not.toHaveProperty('scenario');
    await app.loadFile(new File([penguinsCsv], 'penguins.csv'));
    await app.choosePlanner('gguf');
    await app.llm.loadFile(new File([buildTinyGguf({ contextLength: 4096 }) as Uint8Array<ArrayBuffer>], 'tiny.gguf'));
    app.setup.rows = 60;
    app.setup.maxIterations = 1;
    app.setup.proposalsPerIteration = 2;
    await app.synthesize();
    await until(() => app.run.status === 'done' || app.run.status === 'error', 'the run', 120_000);
    const audit = await client.api.audit();
    if (!audit.ok) throw new Error(audit.error.message);
    const plans = audit.value.filter((e) => e.purpose === 'plan');
    expect(plans.length).toBeGreaterThan(0);
    for (const e of plans) expect(e.messages.map((m) => m.content).join('\n')).not.toContain('What-if scenario');
  });
});
