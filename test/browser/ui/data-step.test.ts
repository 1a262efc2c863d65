import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import penguinsCsv from '../../fixtures/datasets/penguins.csv?raw';
import { loadDataset } from '../../../src/stats/ingest/load-dataset.ts';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import { targetsToJson } from '../../../src/stats/stats-json/targets-to-json.ts';
import App from '../../../src/ui/App.svelte';
import { AppState } from '../../../src/ui/app-state.svelte.ts';
import { ProjectStore } from '../../../src/ui/project-store.ts';
import { createSynthClient, type SynthClient } from '../../../src/workers/synth-client.ts';
import { until } from '../until.ts';

/** 30 rows made to raise every kind of note once. */
function notesCsv(): string {
  const lines = ['id,comment,country,income,colour'];
  for (let i = 1; i <= 30; i++) {
    const colour = i <= 25 ? 'red' : i <= 28 ? 'blue' : 'green';
    lines.push(`${i},Customer number ${i} wrote a long remark about delivery,NZ,${i % 3 === 0 ? '' : 1000 + i},${colour}`);
  }
  return lines.join('\n') + '\n';
}

// The Data step: preview, editable schema re-typed in the worker, data-quality notes.
describe('data step', () => {
  let client: SynthClient;
  let target: HTMLElement;
  let app: AppState;
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  async function open(file: File): Promise<void> {
    client = createSynthClient();
    target = document.createElement('div');
    document.body.append(target);
    app = new AppState(client, new ProjectStore(`synthor-test-${crypto.randomUUID()}`));
    const component = mount(App, { target, props: { app } });
    cleanup = () => {
      unmount(component);
      target.remove();
      client.terminate();
    };
    await app.loadFile(file);
    flushSync();
  }

  function control<T extends HTMLElement>(label: string): T {
    const found = target.querySelector<T>(`[aria-label="${label}"]`);
    if (!found) throw new Error(`no control "${label}"`);
    return found;
  }

  /** Changes a control as the user would, then waits for the worker's answer. */
  async function change(element: HTMLSelectElement | HTMLInputElement, set: () => void): Promise<void> {
    const before = app.summary;
    const error = app.schemaEdit.error;
    set();
    element.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => !app.schemaEdit.busy && (app.summary !== before || app.schemaEdit.error !== error), 'the re-typed schema or an error');
    // The control is synced once the handler's await is over.
    await new Promise((r) => setTimeout(r, 0));
    flushSync();
  }

  function notes(): string[] {
    return [...target.querySelectorAll('ul[aria-labelledby="quality-notes-heading"] li')].map((li) => li.textContent ?? '');
  }

  it('re-types a column from its Type select and refreshes the schema and the notes', async () => {
    await open(new File([penguinsCsv], 'penguins.csv'));
    expect(notes().some((n) => n.startsWith('"Flipper Length (mm)"'))).toBe(false);
    const select = control<HTMLSelectElement>('Type of Flipper Length (mm)');
    expect(select.value).toBe('numeric');
    await change(select, () => (select.value = 'categorical'));
    expect(app.summary?.schema.columns[4]).toEqual({ name: 'Flipper Length (mm)', kind: 'categorical', included: true });
    expect(control<HTMLSelectElement>('Type of Flipper Length (mm)').value).toBe('categorical');
    expect(target.querySelector('[role="alert"]')).toBeNull();
    // As categories, many flipper lengths are held by fewer than 5 penguins.
    expect(notes().some((n) => /^"Flipper Length \(mm\)": \d+ categories have fewer than 5 records/.test(n))).toBe(true);
  });

  it("shows the worker's message for a change the data refuses and keeps the previous schema", async () => {
    await open(new File([penguinsCsv], 'penguins.csv'));
    const schema = app.summary?.schema;
    const select = control<HTMLSelectElement>('Type of Species');
    await change(select, () => (select.value = 'numeric'));
    const alert = target.querySelector('[role="alert"]');
    expect(alert?.textContent).toMatch(/^penguins\.csv: .*Species.*Adelie/);
    expect(alert?.closest('section')?.getAttribute('aria-labelledby')).toBe('schema-heading');
    expect(app.summary?.schema).toBe(schema);
    expect(select.value).toBe('categorical');
    // The refused change is not remembered: the next one applies on the schema in force, and clears the message.
    const island = control<HTMLSelectElement>('Type of Island');
    await change(island, () => (island.value = 'text'));
    expect(target.querySelector('[role="alert"]')).toBeNull();
    expect(app.summary?.schema.columns.map((c) => c.kind)).toEqual(['categorical', 'text', 'numeric', 'numeric', 'numeric', 'numeric', 'categorical']);
  });

  it('"Use" leaves a column out of the statistics the worker builds, and brings it back', async () => {
    await open(new File([penguinsCsv], 'penguins.csv'));
    const box = control<HTMLInputElement>('Use Island');
    expect(box.checked).toBe(true);
    await change(box, () => (box.checked = false));
    expect(app.summary?.schema.columns[1].included).toBe(false);
    const setup = { rows: 10, seed: 1, maxIterations: 1, proposalsPerIteration: 1, joints: [], rules: [], holdoutShare: 0 };
    const without = await client.api.setup(setup);
    expect(without.ok && without.value.tables.map((t) => t.name)).not.toContain('Island');
    await change(box, () => (box.checked = true));
    expect(app.summary?.schema.columns[1].included).toBe(true);
    const again = await client.api.setup(setup);
    expect(again.ok && again.value.tables.map((t) => t.name)).toContain('Island');
  });

  it('lists data-quality notes under the schema', async () => {
    await open(new File([notesCsv()], 'notes.csv'));
    expect(notes()).toEqual([
      '"id" looks like an identifier: left out of the statistics',
      '"comment" is free text: left out of the statistics',
      '"country" has one value only ("NZ"): it tells the synthesis nothing',
      '"income" is missing in 33% of rows (10)',
      '"colour": 2 categories have fewer than 5 records ("blue", "green"); disclosure control pools them into "(other)"',
    ]);
    // Taking the identifier into the statistics changes its note.
    const box = control<HTMLInputElement>('Use id');
    await change(box, () => (box.checked = true));
    expect(notes()[0]).toBe('"id" looks like an identifier but is used in statistics: nearly every value is its own category');
  });

  it('sends at most 50 preview rows, and none without a data file', async () => {
    await open(new File([penguinsCsv], 'penguins.csv'));
    const many = await client.api.preview(1000);
    expect(many.ok && many.value.rows.length).toBe(50);
    expect(many.ok && many.value.rows[3]).toEqual(['Adelie', 'Torgersen', '', '', '', '', '']);
    client.api.forget();
    const none = await client.api.preview(10);
    expect(!none.ok && none.error.message).toMatch(/no data file loaded/);
  });

  it('imported target tables have no preview and no type controls', async () => {
    const { dataset } = await loadDataset({ name: 'penguins.csv', bytes: new TextEncoder().encode(penguinsCsv) });
    const stats = JSON.stringify(targetsToJson(buildTargets(dataset, { joints: [] })));
    await open(new File([penguinsCsv], 'penguins.csv'));
    expect(target.querySelector('table[aria-label="Preview"]')).not.toBeNull();
    await app.importStats(new File([stats], 'stats.json'));
    flushSync();
    expect(target.textContent).toContain('Schema of stats.json');
    expect(target.querySelector('table[aria-label="Preview"]')).toBeNull();
    expect(target.querySelector('table[aria-label="Inferred schema"] select, table[aria-label="Inferred schema"] input')).toBeNull();
    // The rows of the earlier file are gone from the worker too.
    expect((await client.api.preview(10)).ok).toBe(false);
  });
});
