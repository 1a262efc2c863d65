import { afterEach, describe, expect, it, vi } from 'vitest';
import penguinsCsv from '../../fixtures/datasets/penguins.csv?raw';
import { until } from '../until.ts';
import { mountApp } from '../mount-app.ts';

// The HTML report of a statistical penguins run: one self-contained file with the tables and the charts as SVG.

describe('HTML report download', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => {
    cleanup?.();
    vi.restoreAllMocks();
  });

  it('downloads one self-contained HTML file with the tables and inline SVG charts, and shows the pair heatmap', async () => {
    const mounted = mountApp();
    const { target, app } = mounted;
    cleanup = mounted.cleanup;
    await app.loadFile(new File([penguinsCsv], 'penguins.csv'));
    app.setup.rows = 300;
    app.setup.maxIterations = 6;
    app.setup.seed = 11;
    await app.synthesize();
    await until(() => app.run.status === 'done' || app.run.status === 'error', 'the run', 120_000);
    expect(app.run.error).toBeNull();

    // The report panel draws the pair heatmap through ChartView.
    await until(() => target.querySelector('figure[aria-label="Association of each column pair, real data beside synthetic data"] svg'), 'the pair heatmap');

    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:report';
    });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const button = [...target.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Download report (HTML)');
    expect(button?.textContent?.trim()).toBe('Download report (HTML)');
    button?.click();
    await until(() => created.length > 0, 'the HTML download');
    expect(names).toEqual(['penguins-report.html']);
    expect(created[0].type).toBe('text/html');
    const html = await created[0].text();

    const doc = new DOMParser().parseFromString(html, 'text/html');
    for (const label of ['Run facts', 'Quality scores', 'Column scores', 'Pair scores', 'Privacy', 'Target tables']) {
      expect(doc.querySelector(`table[aria-label="${label}"]`), label).not.toBeNull();
    }
    const head = [...doc.querySelectorAll('table[aria-label="Quality scores"] th[scope="col"]')].map((th) => th.textContent);
    expect(head).toEqual(['Score', 'Synthetic', 'Floor: independent marginals', 'Held-out real rows (reference)']);
    expect(doc.querySelectorAll('table[aria-label="Column scores"] tbody tr').length).toBe(Object.keys(app.run.report?.evaluation?.columns ?? {}).length);
    const facts = doc.querySelector('table[aria-label="Run facts"]')?.textContent ?? '';
    expect(facts).toContain('Seed11');
    expect(facts).toContain('Plannerstatistical');
    expect(doc.body.textContent).toMatch(/Disclosure control \(k = 5\)/);

    const svgs = doc.querySelectorAll('figure svg');
    expect(svgs.length).toBe(10);
    expect(svgs.length).toBe(doc.querySelectorAll('figure').length);
    expect(doc.querySelector('figure svg rect, figure svg path')).not.toBeNull();
    expect(html).not.toMatch(/<script/i);
    // URLs may appear only as plain text, never in markup (attributes, links, styles).
    const markup = [...html.matchAll(/<[^>]*>/g)].map((m) => m[0]).join('');
    expect(markup).not.toMatch(/https?:\/\//);
    expect(doc.querySelectorAll('[href], [src], link, iframe, object, embed').length).toBe(0);
  }, 180_000);
});
