import { afterEach, describe, expect, it, vi } from 'vitest';
import penguinsCsv from '../../fixtures/datasets/penguins.csv?raw';
import type { AuditEntry } from '../../../src/workers/synth-api.ts';
import { until } from '../until.ts';
import { mountApp } from '../mount-app.ts';
import { pickTinyGguf } from './pick-tiny-gguf.ts';

// The audit log of an LLM run in the app: what the model saw, viewable and exported, and the report's privacy notes.

/** A row's four measurements in order, however a prompt might lay them out (CSV, JSON object or array). */
function rowPattern(line: string): RegExp | null {
  const numbers = line.split(',').slice(2, 6);
  if (numbers.some((n) => !/^\d+(\.\d+)?$/.test(n))) return null;
  return new RegExp(numbers.map((n) => `(?<![\\d.])${n.replace('.', '\\.')}(?![\\d.])`).join('[^\\d]{1,60}'));
}

describe('audit log in the app', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => {
    cleanup?.();
    vi.restoreAllMocks();
  });

  it('records every request of a tiny-GGUF run, shows it per iteration and exports it without a training row', async () => {
    const mounted = mountApp();
    const { target, app } = mounted;
    cleanup = mounted.cleanup;
    await app.loadFile(new File([penguinsCsv], 'penguins.csv'));
    await pickTinyGguf(app);
    app.setup.rows = 60;
    app.setup.maxIterations = 3;
    app.setup.proposalsPerIteration = 2;
    await app.synthesize();
    await until(() => app.run.status === 'done' || app.run.status === 'error', 'the run', 120_000);
    expect(app.run.error).toBeNull();

    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:audit';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const download = [...target.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Download audit log');
    expect(download?.textContent?.trim()).toBe('Download audit log');
    download?.click();
    await until(() => created.length > 0, 'the audit download');
    const log = JSON.parse(await created[0].text()) as { format: string; planner: string; entries: AuditEntry[] };
    expect(log.format).toBe('synthor-audit-log');
    expect(log.planner).toBe('llm (tiny.gguf)');

    // One entry per request: the structure request before the loop, then each plan request (retries included).
    const planRequests = app.run.history.reduce((n, r) => n + (r.attempts ?? 0), 0);
    expect(planRequests).toBe(3);
    const structure = log.entries.filter((e) => e.purpose === 'structure');
    expect(structure.length).toBeLessThanOrEqual(1);
    expect(log.entries.length).toBe(structure.length + planRequests);
    expect(log.entries.map((e) => e.at)).toEqual(log.entries.map((_, i) => i));
    for (const r of app.run.history) expect(log.entries.filter((e) => e.purpose === 'plan' && e.iteration === r.iteration).length).toBe(r.attempts);
    expect(log.entries.every((e) => e.messages.length > 0 && e.usage.promptTokens > 0)).toBe(true);

    const prompts = log.entries.map((e) => e.messages.map((m) => m.content).join('\n'));
    for (const column of ['Species', 'Island', 'Flipper Length (mm)']) expect(prompts.every((p) => p.includes(column))).toBe(true);
    const rows = penguinsCsv.trim().split('\n').slice(1);
    const patterns = rows.map(rowPattern).filter((p): p is RegExp => p !== null);
    expect(patterns.length).toBeGreaterThan(300);
    for (const prompt of prompts) {
      expect(rows.some((row) => prompt.includes(row))).toBe(false);
      expect(patterns.find((p) => p.test(prompt)) ?? null).toBeNull();
    }

    // The run panel lists the same requests per iteration.
    const view = target.querySelector('details.audit');
    expect(view?.querySelector('summary')?.textContent).toBe(`What the model saw: ${log.entries.length} requests`);
    expect(view?.querySelectorAll('article').length).toBe(log.entries.length);
    expect(view?.textContent).toContain('Iteration 1:');
    expect(view?.textContent).toMatch(/Request 1 \((structure|plan)\): \d+ prompt \+ \d+ completion tokens/);

    // The report says what disclosure control did to the targets (k = 5 by default), in counts.
    expect(app.run.report?.disclosure?.minCount).toBe(5);
    expect(app.run.report?.dp).toBeNull();
    const notes = target.querySelector('section[aria-label="Privacy protection of the targets"]');
    expect(notes?.textContent).toMatch(/Disclosure control \(k = 5\)/);
    const suppressed = app.run.report?.disclosure?.suppressedCells.filter((s) => s.cells > 0) ?? [];
    expect(notes?.querySelectorAll('ul[aria-label="Suppressed cells"] li').length ?? 0).toBe(suppressed.length);
  }, 180_000);
});
