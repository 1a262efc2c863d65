import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import penguinsCsv from '../../fixtures/datasets/penguins.csv?raw';
import { realBreaksNote } from '../../../src/ui/rule-suggestions-text.ts';
import { button, until } from '../until.ts';
import { mountApp } from '../mount-app.ts';
import { pickTinyGguf } from './pick-tiny-gguf.ts';

// The Setup's "Suggest rules with the LLM": the real synth and llm workers, wllama running the tiny GGUF.

function rulesBox(root: HTMLElement): HTMLTextAreaElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith('Rules (one per line)'));
  const box = label?.querySelector('textarea');
  if (!box) throw new Error('no textarea labelled "Rules (one per line)"');
  return box;
}

describe('rules a model suggests, in the app', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  it('asks the loaded model, says what came back, and enforces only the rules the user accepts', async () => {
    const mounted = mountApp();
    const { target, app, client } = mounted;
    cleanup = mounted.cleanup;
    await app.loadFile(new File([penguinsCsv], 'penguins.csv'));
    flushSync();
    // No model yet: the button says what it needs.
    expect(button(target, 'Suggest rules with the LLM').disabled).toBe(true);
    expect(target.textContent).toContain('Load a language model (Planner) to have it suggest rules.');
    await pickTinyGguf(app);
    flushSync();
    button(target, 'Suggest rules with the LLM').click();
    await until(
      () => !app.ruleSuggestions.asking && (app.ruleSuggestions.items.length > 0 || app.ruleSuggestions.notes.length > 0 || app.ruleSuggestions.error),
      'the suggestions',
      120_000,
    );
    expect(app.ruleSuggestions.error).toBeNull();
    // Whatever the tiny model wrote, nothing reached the Rules box unaccepted.
    expect(rulesBox(target).value).toBe('');

    // Two suggestions on screen (as the worker returns them; how they are made is tested in the worker's tests).
    app.ruleSuggestions.items = [
      { text: 'Island = Dream => Species = Chinstrap', why: 'Chinstraps nest on Dream', breaks: realBreaksNote({ rows: 275, broken: 45 }) },
      { text: 'Island = Biscoe => Species = Gentoo', why: 'Gentoos nest on Biscoe', breaks: realBreaksNote({ rows: 275, broken: 35 }) },
    ];
    flushSync();
    const list = target.querySelector('ul[aria-label="Suggested rules"]') as HTMLElement;
    expect(list.textContent).toContain('more a tendency than a rule');
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
});
