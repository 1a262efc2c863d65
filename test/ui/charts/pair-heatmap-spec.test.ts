import { describe, expect, it, vi } from 'vitest';
import { compile } from 'vega-lite';
import { pairHeatmapSpec } from '../../../src/ui/charts/pair-heatmap-spec.ts';
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
    'Species|a|b': { metric: 'ContingencySimilarity', score: 0.7, scoreWithoutThreshold: 0.7 },
    'Species|Mass': { metric: 'ContingencySimilarity', score: null, scoreWithoutThreshold: 0.6 },
    'a|b|Mass': { metric: 'CorrelationSimilarity', score: null, scoreWithoutThreshold: null },
  },
  newRowSynthesis: 1,
};

describe('pairHeatmapSpec', () => {
  it('has both triangles of every scored pair, splitting keys at a column boundary', () => {
    expect(pairHeatmapSpec(evaluation).data).toEqual({
      values: [
        { a: 'Species', b: 'a|b', metric: 'ContingencySimilarity', score: 0.7, status: 'scored' },
        { a: 'a|b', b: 'Species', metric: 'ContingencySimilarity', score: 0.7, status: 'scored' },
        { a: 'Species', b: 'Mass', metric: 'ContingencySimilarity', score: 0.6, status: 'below threshold' },
        { a: 'Mass', b: 'Species', metric: 'ContingencySimilarity', score: 0.6, status: 'below threshold' },
      ],
    });
  });

  it('labels the columns in schema order, scales colour 0–1, styles pairs below the threshold apart and names the metric in the tooltip', () => {
    const spec = JSON.parse(JSON.stringify(pairHeatmapSpec(evaluation))) as unknown;
    expect(spec).toMatchObject({
      mark: { type: 'rect', strokeDash: [3, 2] },
      encoding: {
        x: { field: 'a', type: 'nominal', sort: ['Species', 'a|b', 'Mass'] },
        y: { field: 'b', type: 'nominal', sort: ['Species', 'a|b', 'Mass'] },
        color: { field: 'score', scale: { domain: [0, 1] } },
        opacity: { field: 'status', scale: { domain: ['scored', 'below threshold'], range: [1, 0.4] } },
        strokeWidth: { condition: { test: "datum.status === 'below threshold'" }, value: 0 },
        tooltip: [{ field: 'a' }, { field: 'b' }, { field: 'metric', title: 'Metric' }, { field: 'score', format: '.3f' }, { field: 'status' }],
      },
    });
  });

  it('compiles with Vega-Lite, without a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => compile(pairHeatmapSpec(evaluation))).not.toThrow();
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(() => compile(pairHeatmapSpec({ ...evaluation, pairs: {} }))).not.toThrow();
  });
});
