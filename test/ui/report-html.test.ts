import { describe, expect, it } from 'vitest';
import { escapeHtml, reportHtml, type ReportHtmlParts } from '../../src/ui/report-html.ts';
import { report } from './run-report-fixture.ts';

const parts: ReportHtmlParts = {
  fileName: 'a&b.csv',
  report,
  seed: 42,
  planner: 'llm (<b>.gguf)',
  charts: [{ title: 'Pairs <i>', svg: '<svg width="10"><rect></rect></svg>' }],
};

describe('reportHtml', () => {
  const html = reportHtml(parts);

  it('escapes every text value', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('a&amp;b.csv');
    expect(html).toContain('llm (&lt;b&gt;.gguf)');
    expect(html).toContain('Pairs &lt;i&gt;');
    expect(html).not.toContain('<b>');
  });

  it('holds the quality table with floor and held-out columns, per-column and pair scores, privacy and run facts', () => {
    expect(html).toMatch(/<th scope="col">Floor: independent marginals<\/th><th scope="col">Held-out real rows \(reference\)<\/th>/);
    expect(html).toContain('<tr><th scope="row">Quality</th><td>81.1%</td><td>45.6%</td><td>92.3%</td></tr>');
    expect(html).toContain('<tr><th scope="row">&lt;script&gt;</th><td>TVComplement</td><td>95.0%</td>');
    // A report saved before the pairs' associations were kept: dashes in their columns.
    expect(html).toContain('<tr><th scope="row">&lt;script&gt; × Mass</th><td>ContingencySimilarity</td><td>–</td><td>61.2%</td><td>–</td><td>–</td></tr>');
    expect(html).toContain('<tr><th scope="row">Nearest-neighbour distance ratio</th><td>0.912</td></tr>');
    expect(html).toContain('<td>52.0% ± 1.0%</td>');
    expect(html).toContain('scored against a random sample (seed 42) of 50,000 of 1,000,000 training rows');
    expect(html).toContain('DCR and NNDR on an evenly spaced sample of 5,000 of 1,200,000 synthetic rows against 5,000 of 1,000,000 training');
    for (const fact of ['<td>1,200</td>', '<td>17</td>', '<td>42</td>', '<td>3</td>', '<td>0.0123</td>']) expect(html).toContain(fact);
    expect(html).toContain('Disclosure control (k = 5)');
    expect(html).toContain('<li>&lt;script&gt;: 2 categories with fewer than 5 records pooled into “(other)”</li>');
    expect(html).toContain('<figure><figcaption>Pairs &lt;i&gt;</figcaption><svg width="10"><rect></rect></svg></figure>');
  });

  it("shows each pair's real and synthetic association, and the pair heatmap under the pair table rather than with the other charts", () => {
    const pairs = { '<script>|Mass': { metric: 'ContingencySimilarity' as const, score: 0.8, scoreWithoutThreshold: 0.8, real: 0.41, synthetic: 0.374 } };
    const evaluation = { ...report.evaluation!, pairs };
    const heatmap = { title: 'Heat', svg: '<svg id="heat"></svg>', pairs: true };
    const out = reportHtml({ ...parts, report: { ...report, evaluation }, charts: [...parts.charts, heatmap] });
    expect(out).toContain('<th scope="col">Real association</th><th scope="col">Synthetic association</th>');
    expect(out).toContain('<td>ContingencySimilarity</td><td>80.0%</td><td>80.0%</td><td>0.410</td><td>0.374</td></tr>');
    const figureAt = out.indexOf('<svg id="heat">');
    expect(figureAt).toBeGreaterThan(out.indexOf('aria-label="Pair scores"'));
    expect(figureAt).toBeLessThan(out.indexOf('<h2>Charts</h2>'));
    expect(out.match(/<svg id="heat">/g)).toHaveLength(1);
  });

  it('puts the charts in a grid two across on a wide screen and one under another in print', () => {
    expect(html).toContain('<h2>Charts</h2>\n<div class="charts">\n<figure>');
    expect(html).toMatch(/@media \(min-width:1920px\)\{[^}]*\}\.charts\{display:grid/);
    expect(html).toMatch(/@media print\{[^@]*\.charts\{display:block\}/);
  });

  it('lists each scenario with its share before, after and in the rows, and has no Scenarios section without one', () => {
    const scenarios = [{ text: '+30% destination = <LAS>', before: 0.112, after: 0.1456, synthetic: 0.147 }];
    expect(reportHtml({ ...parts, report: { ...report, scenarios } })).toContain(
      '<tr><th scope="row">+30% destination = &lt;LAS&gt;</th><td>11.2%</td><td>14.6%</td><td>14.7%</td></tr>',
    );
    expect(html).not.toContain('<h2>Scenarios</h2>');
  });

  it('names no URL and needs no script', () => {
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain(`default-src 'none'`);
  });

  it('says when no scores could be computed', () => {
    const bare = reportHtml({ ...parts, report: { ...report, evaluation: null, ceiling: null, floor: null, disclosure: null }, charts: [] });
    expect(bare).toContain('Only target tables were imported');
    expect(bare).toContain('Neither disclosure control nor differential privacy was on.');
    expect(bare).not.toContain('<figure>');
  });

  it('opens with the verdict, as the app shows it', () => {
    expect(html).toContain('<h2>At a glance</h2>');
    expect(html).toContain(
      '<li class="fair"><strong>Fidelity: Fair.</strong> Quality 81.1%: 76% of the way from independent columns (45.6%) to held-out real rows (92.3%).</li>',
    );
    expect(html).toContain('<strong>Utility: Not measured.</strong>');
    expect(html.indexOf('At a glance')).toBeLessThan(html.indexOf('<h2>Run</h2>'));
  });
});
