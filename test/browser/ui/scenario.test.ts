import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import penguinsCsv from '../../fixtures/datasets/penguins.csv?raw';
import { AppState } from '../../../src/ui/app-state.svelte.ts';
import { ProjectStore } from '../../../src/ui/project-store.ts';
import { createSynthClient } from '../../../src/workers/synth-client.ts';
import { until } from '../until.ts';
import { mountApp } from '../mount-app.ts';
import { pickTinyGguf } from './pick-tiny-gguf.ts';

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
    const store = new ProjectStore(`synthor-test-${crypto.randomUUID()}`);
    const mounted = mountApp({ store });
    const { client, target, app } = mounted;
    cleanup = mounted.cleanup;
    // The scenario may name the data's categories: it is kept between visits only with consent.
    await app.setKeepData(true);
    await app.loadFile(new File([penguinsCsv], 'penguins.csv'));
    await pickTinyGguf(app);
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
    expect(prompts.length).toBe(2);
    // Quoted as data (a JSON string), never pasted in as instructions, under its heading (which the next test expects absent).
    for (const prompt of prompts) expect(prompt).toContain(`What-if scenario (from the user; make the records fit it): ${JSON.stringify(SCENARIO)}`);

    // Saved with the other setup fields (with consent): a later visit gets it back.
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
    await pickTinyGguf(app);
    app.setup.rows = 60;
    app.setup.maxIterations = 1;
    app.setup.proposalsPerIteration = 2;
    await app.synthesize();
    await until(() => app.run.status === 'done' || app.run.status === 'error', 'the run', 120_000);
    const audit = await client.api.audit();
    if (!audit.ok) throw new Error(audit.error.message);
    const plans = audit.value.filter((e) => e.purpose === 'plan');
    expect(plans.length).toBe(1);
    for (const e of plans) expect(e.messages.map((m) => m.content).join('\n')).not.toContain('What-if scenario');
  });
});
