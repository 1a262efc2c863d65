import { afterEach, describe, expect, it } from 'vitest';
import { mount, unmount, flushSync } from 'svelte';
import penguinsCsv from '../fixtures/datasets/penguins.csv?raw';
import App from '../../src/ui/App.svelte';
import { AppState } from '../../src/ui/app-state.svelte.ts';
import { createSynthClient } from '../../src/workers/synth-client.ts';

async function until<T>(probe: () => T | null | undefined, what: string, ms = 20_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const v = probe();
    if (v) return v;
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('app shell', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  it('loads a file picked in "Data file" and shows the inferred schema', async () => {
    const client = createSynthClient();
    const target = document.createElement('div');
    document.body.append(target);
    const component = mount(App, { target, props: { app: new AppState(client) } });
    cleanup = () => {
      unmount(component);
      target.remove();
      client.terminate();
    };

    const input = await until(() => getByLabel(target, 'Data file'), 'the file input');
    const transfer = new DataTransfer();
    transfer.items.add(new File([penguinsCsv], 'penguins.csv', { type: 'text/csv' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();

    const table = await until(() => target.querySelector('table[aria-label="Inferred schema"]'), 'the schema table');
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent?.trim()));
    expect(rows).toHaveLength(7);
    expect(rows[0].slice(0, 2)).toEqual(['Species', 'categorical']);
    expect(rows[5].slice(0, 3)).toEqual(['Body Mass (g)', 'numeric', 'integer']);
    expect(target.textContent).toContain('344 rows, 7 columns');
  });

  it('shows the message of a bad file beside the picker and keeps the previous table', async () => {
    const client = createSynthClient();
    const target = document.createElement('div');
    document.body.append(target);
    const app = new AppState(client);
    const component = mount(App, { target, props: { app } });
    cleanup = () => {
      unmount(component);
      target.remove();
      client.terminate();
    };
    await app.loadFile(new File([penguinsCsv], 'penguins.csv'));
    await app.loadFile(new File(['a,b\n1,2,3\n'], 'ragged.csv'));
    flushSync();
    expect(target.querySelector('[role="alert"]')?.textContent).toMatch(/^ragged\.csv: row 2/);
    expect(target.textContent).toContain('Schema of penguins.csv');
  });
});

function getByLabel(root: HTMLElement, text: string): HTMLInputElement | null {
  for (const label of root.querySelectorAll('label')) {
    if (label.textContent?.trim().startsWith(text)) return label.querySelector('input');
  }
  return null;
}
