import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import penguinsCsv from '../../fixtures/datasets/penguins.csv?raw';
import { loadDataset } from '../../../src/stats/ingest/load-dataset.ts';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import { targetsToJson } from '../../../src/stats/stats-json/targets-to-json.ts';
import { AppState } from '../../../src/ui/app-state.svelte.ts';
import { until } from '../until.ts';
import { mountApp } from '../mount-app.ts';

// The Data section's drop zone and the loading progress bar.

function dropZone(root: HTMLElement): HTMLElement {
  const zone = root.querySelector<HTMLElement>('[role="region"][aria-label="Drop a data file here"]');
  if (!zone) throw new Error('no drop zone');
  return zone;
}

function drag(zone: HTMLElement, type: 'dragover' | 'drop', file: File): DragEvent {
  const dataTransfer = new DataTransfer();
  dataTransfer.items.add(file);
  const event = new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer });
  zone.dispatchEvent(event);
  return event;
}

/** A CSV of about `bytes` bytes: enough that reading and parsing take a while. */
function bigCsv(bytes: number): string {
  const lines = ['group,value,label'];
  let size = lines[0].length + 1;
  for (let i = 0; size < bytes; i++) {
    const line = `${['a', 'b', 'c', 'd'][i % 4]},${(i * 7919) % 10007}.${i % 10},label number ${i % 40}`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n') + '\n';
}

describe('data drop zone', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  function mounted(): { app: AppState; target: HTMLElement } {
    const mounted = mountApp();
    const { target, app } = mounted;
    cleanup = mounted.cleanup;
    flushSync();
    return { app, target };
  }

  it('highlights on dragover and loads a dropped penguins.csv as data', async () => {
    const { app, target } = mounted();
    const zone = dropZone(target);
    const file = new File([penguinsCsv], 'penguins.csv', { type: 'text/csv' });
    const over = drag(zone, 'dragover', file);
    flushSync();
    expect(over.defaultPrevented).toBe(true);
    expect(zone.classList.contains('dragging')).toBe(true);
    zone.dispatchEvent(new DragEvent('dragleave', { bubbles: true }));
    flushSync();
    expect(zone.classList.contains('dragging')).toBe(false);

    drag(zone, 'dragover', file);
    const dropped = drag(zone, 'drop', file);
    flushSync();
    expect(dropped.defaultPrevented).toBe(true);
    expect(zone.classList.contains('dragging')).toBe(false);
    await until(() => app.status === 'ready', 'the dropped file to load');
    expect(app.summary?.fileName).toBe('penguins.csv');
    expect(app.summary?.source).toBe('data');
    expect(target.textContent).toContain('344 rows, 7 columns');
  });

  it('imports a dropped stats.json as target tables, by name or by its format', async () => {
    const { dataset } = await loadDataset({ name: 'penguins.csv', bytes: new TextEncoder().encode(penguinsCsv) });
    const stats = JSON.stringify(targetsToJson(buildTargets(dataset, { joints: [] })));
    const { app, target } = mounted();
    for (const name of ['penguins.stats.json', 'targets.json']) {
      drag(dropZone(target), 'drop', new File([stats], name));
      await until(() => app.status === 'ready' && app.summary?.fileName === name, `${name} to import`);
      expect(app.summary?.source).toBe('stats');
      expect(app.error).toBeNull();
    }
    // A .json that is not a stats.json goes to the data reader.
    drag(dropZone(target), 'drop', new File(['[{"a": 1}, {"a": 2}]'], 'rows.json'));
    await until(() => app.status === 'ready' && app.summary?.fileName === 'rows.json', 'rows.json to load');
    expect(app.summary?.source).toBe('data');
  });

  it('shows a "Loading <file>" progress bar while a 5 MB CSV is read and parsed, and removes it after', async () => {
    const { app, target } = mounted();
    const seen: { value: string | null }[] = [];
    const observer = new MutationObserver(() => {
      const bar = target.querySelector('progress[aria-label="Loading big.csv"]');
      if (bar) seen.push({ value: bar.getAttribute('value') });
    });
    observer.observe(target, { subtree: true, childList: true, attributes: true });
    const file = new File([bigCsv(5_000_000)], 'big.csv', { type: 'text/csv' });
    expect(file.size).toBeGreaterThan(4_900_000);
    const loading = app.loadFile(file);
    await until(() => target.querySelector('progress[aria-label="Loading big.csv"]'), 'the progress bar');
    const started = performance.now();
    await loading;
    console.log(`[data drop] 5 MB load ${Math.round(performance.now() - started)} ms, ${seen.length} progress snapshots`);
    flushSync();
    observer.disconnect();
    expect(app.error).toBeNull();
    expect(app.summary?.fileName).toBe('big.csv');
    expect(target.querySelector('progress')).toBeNull();
    // Determinate while the bytes are read, indeterminate (no value) while the worker parses.
    expect(seen.some((s) => s.value !== null)).toBe(true);
    expect(seen.some((s) => s.value === null)).toBe(true);
  });
});
