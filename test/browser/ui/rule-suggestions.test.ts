import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { flushSync } from 'svelte';
import penguinsCsv from '../../fixtures/datasets/penguins.csv?raw';
import { button, until } from '../until.ts';
import { mountApp, type MountedApp } from '../mount-app.ts';
import { choose, fill } from './form-fields.ts';
import { pickTinyGguf } from './pick-tiny-gguf.ts';

// The Setup's "Suggest rules with the LLM", through the real synth and llm workers.

const condition = (column: string, op: string, ...values: string[]) => ({ column, op, values });
/** Two tendencies of the real penguins (Adelie live on Dream and Biscoe too) and a category that does not exist. */
const SUGGESTED = {
  rules: [
    { if: [condition('Island', '=', 'Dream')], then: condition('Species', '=', 'Chinstrap'), why: 'Chinstraps nest on Dream' },
    { if: [condition('Island', '=', 'Biscoe')], then: condition('Species', '=', 'Gentoo'), why: 'Gentoos nest on Biscoe' },
    { if: [condition('Species', '=', 'Emperor')], then: condition('Island', '=', 'Dream'), why: 'no such penguin here' },
  ],
};

function rulesBox(root: HTMLElement): HTMLTextAreaElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith('Rules (one per line)'));
  const box = label?.querySelector('textarea');
  if (!box) throw new Error('no textarea labelled "Rules (one per line)"');
  return box;
}

const suggest = async (mounted: MountedApp) => {
  button(mounted.target, 'Suggest rules with the LLM').click();
  await until(
    () =>
      !mounted.app.ruleSuggestions.asking &&
      (mounted.app.ruleSuggestions.items.length > 0 || mounted.app.ruleSuggestions.notes.length > 0 || mounted.app.ruleSuggestions.error),
    'the suggestions',
    120_000,
  );
  flushSync();
};

describe('rules a model suggests, in the app', () => {
  let mounted: MountedApp | null = null;
  let server: string | null = null;
  afterEach(async () => {
    mounted?.cleanup();
    mounted = null;
    if (server) await commands.stopTinyModelServer(server);
    server = null;
  });

  it('shows each rule the model suggests with how often the real rows break it; an edited, accepted rule is enforced and counted, a rejected one is not', async () => {
    mounted = mountApp();
    const { target, app, client } = mounted;
    await app.loadFile(new File([penguinsCsv], 'penguins.csv'));
    flushSync();
    // No model yet: the button says what it needs.
    expect(button(target, 'Suggest rules with the LLM').disabled).toBe(true);
    expect(target.textContent).toContain('Load a language model (Planner) to have it suggest rules.');
    server = await commands.startScriptedModelServer('rules', JSON.stringify(SUGGESTED));
    choose(target, 'Local model server');
    await until(() => target.textContent?.includes('Recommended:'), 'the capabilities');
    fill(target, 'Server address', server);
    flushSync();
    button(target, 'Allow and connect').click();
    await until(() => app.llm.loaded, 'the server to connect', 60_000);
    flushSync();
    await suggest(mounted);
    expect(app.ruleSuggestions.error).toBeNull();
    const list = target.querySelector('ul[aria-label="Suggested rules"]') as HTMLElement;
    expect([...list.querySelectorAll('input')].map((i) => i.value)).toEqual(['Island = Dream => Species = Chinstrap', 'Island = Biscoe => Species = Gentoo']);
    // Counted in the worker on the training rows (80% of 344 held in): a tendency, not a rule.
    expect(list.textContent).toMatch(/\d+ of the 27\d real rows read break it \(\d+\.\d%\): more a tendency than a rule/);
    expect(target.textContent).toContain('"Species" has no category "Emperor"');
    // Nothing reaches the Rules box unaccepted.
    expect(rulesBox(target).value).toBe('');

    // The user edits the first before accepting it, and rejects the second.
    const first = list.querySelector('input') as HTMLInputElement;
    first.value = 'Island = Dream => Species in {Chinstrap, Gentoo}';
    first.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    button(list.querySelectorAll('li')[0] as HTMLElement, 'Accept').click();
    await until(() => app.ruleSuggestions.items.length === 1, 'the accepted rule to leave the list');
    flushSync();
    button(list.querySelectorAll('li')[0] as HTMLElement, 'Reject').click();
    flushSync();
    expect(target.querySelector('ul[aria-label="Suggested rules"]')).toBeNull();
    expect(rulesBox(target).value).toBe('Island = Dream => Species in {Chinstrap, Gentoo}');

    await app.choosePlanner('statistical');
    app.setup.rows = 300;
    app.setup.maxIterations = 30;
    await app.synthesize();
    await until(() => app.run.status === 'done' || app.run.status === 'error', 'the run', 120_000);
    expect(app.run.error).toBeNull();
    // Counted in the report: the records that still break an accepted rule.
    await until(() => target.textContent?.includes('Records breaking a rule: 0'), 'the report', 120_000);
    const csv = await client.api.exportCsv();
    if (!csv.ok) throw new Error(csv.error.message);
    const [head, ...rows] = (await csv.value.text()).trimEnd().split('\n');
    const names = head.split(',');
    const cells = rows.map((r) => r.split(',')).map((c) => ({ species: c[names.indexOf('Species')], island: c[names.indexOf('Island')] }));
    // Accepted (as edited): no Adelie on Dream. Rejected: Adelie on Biscoe, as in the real data.
    expect(cells.filter((c) => c.island === 'Dream' && c.species === 'Adelie')).toHaveLength(0);
    expect(cells.filter((c) => c.island === 'Biscoe' && c.species === 'Adelie').length).toBeGreaterThan(5);
  });

  it('with a real llama.cpp runtime in the tab (the tiny GGUF in wllama): whatever it answers, nothing is enforced unaccepted', async () => {
    mounted = mountApp();
    const { target, app } = mounted;
    await app.loadFile(new File([penguinsCsv], 'penguins.csv'));
    await pickTinyGguf(app);
    flushSync();
    await suggest(mounted);
    expect(app.ruleSuggestions.error).toBeNull();
    expect(rulesBox(target).value).toBe('');
    const audit = await mounted.client.api.setup({ ...app.setup.options(), planner: { kind: 'statistical' } });
    expect(audit.ok).toBe(true);
    const entries = await mounted.client.api.audit();
    if (!entries.ok) throw new Error(entries.error.message);
    expect(entries.value.map((e) => e.purpose)).toEqual(['rules']);
  });
});
