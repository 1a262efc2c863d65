import { describe, expect, it, vi } from 'vitest';
import { compile } from 'vega-lite';
import { pairHeatmapSpec } from '../../../src/ui/charts/pair-heatmap-spec.ts';
import { PRINTED_CHART_CONFIG } from '../../../src/ui/chart-theme.ts';
import type { Evaluation } from '../../../src/workers/synth-api.ts';

const evaluation: Evaluation = {
  quality: 0.8,
  qualityWithoutThreshold: 0.78,
  columnShapes: 0.9,
  columnPairTrends: 0.7,
  columnPairTrendsWithoutThreshold: 0.66,
  columns: {
    Species: { metric: 'TVComplement', score: 0.95 },
    'a|b': { metric: 'KSComplement', score: 0.9 },
    Mass: { metric: 'KSComplement', score: 0.85 },
  },
  pairs: {
    'Species|a|b': { metric: 'ContingencySimilarity', score: 0.7, scoreWithoutThreshold: 0.7, real: 0.5, synthetic: 0.4 },
    'Species|Mass': { metric: 'ContingencySimilarity', score: null, scoreWithoutThreshold: 0.6, real: 0.2, synthetic: null },
    'a|b|Mass': { metric: 'CorrelationSimilarity', score: null, scoreWithoutThreshold: null, real: null, synthetic: null },
  },
  newRowSynthesis: 1,
};

/** The same evaluation as a report saved before the associations were kept. */
const saved: Evaluation = {
  ...evaluation,
  pairs: Object.fromEntries(
    Object.entries(evaluation.pairs).map(([k, p]) => [k, { metric: p.metric, score: p.score, scoreWithoutThreshold: p.scoreWithoutThreshold }]),
  ),
};

const cell = (panel: string, a: string, b: string, value: number, score: number, status: string, measure = "Cramér's V") => ({
  panel,
  a,
  b,
  metric: 'ContingencySimilarity',
  measure,
  value,
  score,
  status,
});

describe('pairHeatmapSpec', () => {
  it("puts each pair's real association beside its synthetic one, both triangles, splitting keys at a column boundary", () => {
    expect(pairHeatmapSpec(evaluation).data).toEqual({
      values: [
        cell('Real data', 'Species', 'a|b', 0.5, 0.7, 'scored'),
        cell('Real data', 'a|b', 'Species', 0.5, 0.7, 'scored'),
        cell('Real data', 'Species', 'Mass', 0.2, 0.6, 'below threshold'),
        cell('Real data', 'Mass', 'Species', 0.2, 0.6, 'below threshold'),
        cell('Synthetic data', 'Species', 'a|b', 0.4, 0.7, 'scored'),
        cell('Synthetic data', 'a|b', 'Species', 0.4, 0.7, 'scored'),
      ],
    });
  });

  it('facets real and synthetic on one colour scale from −1 to 1, columns in schema order, pairs below the threshold outlined', () => {
    const spec = JSON.parse(JSON.stringify(pairHeatmapSpec(evaluation))) as unknown;
    expect(spec).toMatchObject({
      facet: { column: { field: 'panel', sort: ['Real data', 'Synthetic data', 'Pair score'] } },
      spec: {
        mark: { type: 'rect', strokeDash: [3, 2] },
        encoding: {
          x: { field: 'a', type: 'nominal', sort: ['Species', 'a|b', 'Mass'] },
          y: { field: 'b', type: 'nominal', sort: ['Species', 'a|b', 'Mass'] },
          color: { field: 'value', scale: { domain: [-1, 1], domainMid: 0, range: 'diverging' } },
          strokeWidth: { condition: { test: "datum.status === 'below threshold'" }, value: 0 },
          tooltip: [
            { field: 'a' },
            { field: 'b' },
            { field: 'panel' },
            { field: 'measure' },
            { field: 'value' },
            { field: 'metric' },
            { field: 'score' },
            { field: 'status' },
          ],
        },
      },
    });
    expect(spec).not.toHaveProperty('resolve');
  });

  it('shows the scores alone, 0 to 1, for a report saved without the associations', () => {
    const spec = pairHeatmapSpec(saved);
    expect(spec.data).toEqual({
      values: [
        cell('Pair score', 'Species', 'a|b', 0.7, 0.7, 'scored', 'Score'),
        cell('Pair score', 'a|b', 'Species', 0.7, 0.7, 'scored', 'Score'),
        cell('Pair score', 'Species', 'Mass', 0.6, 0.6, 'below threshold', 'Score'),
        cell('Pair score', 'Mass', 'Species', 0.6, 0.6, 'below threshold', 'Score'),
      ],
    });
    expect(spec).toMatchObject({ spec: { encoding: { color: { scale: { domain: [0, 1], range: 'heatmap' } } } } });
  });

  it('compiles with Vega-Lite, without a warning, with and without the theme', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const e of [evaluation, saved, { ...evaluation, pairs: {} }]) {
      expect(() => compile(pairHeatmapSpec(e))).not.toThrow();
      expect(() => compile(pairHeatmapSpec(e), { config: PRINTED_CHART_CONFIG })).not.toThrow();
    }
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
