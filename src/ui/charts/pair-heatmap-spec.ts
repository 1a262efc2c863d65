import type { TopLevelSpec } from 'vega-lite';
import type { Evaluation } from '../../workers/synth-api.ts';
import { pairScores, type PairScore } from '../report-format.ts';

const BELOW_THRESHOLD = 'below threshold';
const SCORED = 'scored';
export const REAL_PANEL = 'Real data';
export const SYNTHETIC_PANEL = 'Synthetic data';
export const SCORE_PANEL = 'Pair score';

/** One cell of the heatmap, written for both triangles. */
interface Cell {
  readonly panel: string;
  readonly a: string;
  readonly b: string;
  readonly metric: string;
  readonly measure: string;
  readonly value: number;
  readonly score: number | null;
  readonly status: string;
}

const status = (p: PairScore) => (p.score === null ? BELOW_THRESHOLD : SCORED);
const measure = (p: PairScore) => (p.metric === 'CorrelationSimilarity' ? "Pearson's r" : "Cramér's V");
const bothTriangles = (cell: Cell): Cell[] => [cell, { ...cell, a: cell.b, b: cell.a }];

/** Each pair's association in the real data and in the synthetic data, one panel each. */
function associationCells(pairs: readonly PairScore[]): Cell[] {
  return [REAL_PANEL, SYNTHETIC_PANEL].flatMap((panel) =>
    pairs.flatMap((p) => {
      const value = panel === REAL_PANEL ? p.real : p.synthetic;
      if (value === null) return [];
      return bothTriangles({
        panel,
        a: p.a,
        b: p.b,
        metric: p.metric,
        measure: measure(p),
        value,
        score: p.score ?? p.scoreWithoutThreshold,
        status: status(p),
      });
    }),
  );
}

/** A report saved before the associations were kept: the Column Pair Trends score per pair, one panel. */
function scoreCells(pairs: readonly PairScore[]): Cell[] {
  return pairs.flatMap((p) => {
    const value = p.score ?? p.scoreWithoutThreshold;
    if (value === null) return [];
    return bothTriangles({ panel: SCORE_PANEL, a: p.a, b: p.b, metric: p.metric, measure: 'Score', value, score: value, status: status(p) });
  });
}

/** Whether the evaluation kept the pairs' associations (reports saved before have only their scores). */
export function comparesAssociations(evaluation: Evaluation): boolean {
  return pairScores(evaluation).some((p) => p.real !== null || p.synthetic !== null);
}

/**
 * How each column pair goes together in the real data and in the synthetic data, two heatmaps side by
 * side on one colour scale (−1 to 1: Pearson's r for numeric pairs, Cramér's V from 0 for the others),
 * both triangles, columns in schema order. Pairs SDMetrics leaves out of Column Pair Trends (a real
 * association under its threshold) have a dashed outline; the tooltip gives each pair's score. A report
 * saved without the associations shows the scores alone, 0 to 1. Colours come from the theme
 * (chart-theme.ts: the diverging and heatmap ranges), so faint cells stay visible on a dark page. No
 * title: the page's heading or the report's caption names it.
 */
export function pairHeatmapSpec(evaluation: Evaluation): TopLevelSpec {
  const pairs = pairScores(evaluation);
  const compared = comparesAssociations(evaluation);
  const values = compared ? associationCells(pairs) : scoreCells(pairs);
  const order = [...new Set([...Object.keys(evaluation.columns), ...pairs.flatMap((p) => [p.a, p.b])])];
  const step = order.length > 12 ? 18 : 26;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: compared
      ? 'Association of each column pair in the real data beside the synthetic data (Pearson r or Cramér V)'
      : 'Column Pair Trends score per column pair (1 = the pair relates as in the real data)',
    data: { values },
    facet: { column: { field: 'panel', type: 'nominal', title: null, sort: [REAL_PANEL, SYNTHETIC_PANEL, SCORE_PANEL], header: { labelFontSize: 13 } } },
    spec: {
      width: { step },
      height: { step },
      // The dashed outline is drawn only where strokeWidth is not 0: on pairs below the threshold.
      mark: { type: 'rect', stroke: '#8a94a8', strokeDash: [3, 2] },
      encoding: {
        x: { field: 'a', type: 'nominal', sort: order, title: null, axis: { labelAngle: -40, labelLimit: 140 } },
        y: { field: 'b', type: 'nominal', sort: order, title: null, axis: { labelLimit: 140 } },
        color: compared
          ? { field: 'value', type: 'quantitative', title: 'Association', scale: { domain: [-1, 1], domainMid: 0, range: 'diverging' } }
          : { field: 'value', type: 'quantitative', title: 'Score', scale: { domain: [0, 1], range: 'heatmap' } },
        strokeWidth: { condition: { test: `datum.status === '${BELOW_THRESHOLD}'`, value: 1.5 }, value: 0 },
        tooltip: [
          { field: 'a', type: 'nominal', title: 'Column' },
          { field: 'b', type: 'nominal', title: 'Column' },
          { field: 'panel', type: 'nominal', title: 'Panel' },
          { field: 'measure', type: 'nominal', title: 'Measure' },
          { field: 'value', type: 'quantitative', title: 'Value', format: '.3f' },
          { field: 'metric', type: 'nominal', title: 'Metric' },
          { field: 'score', type: 'quantitative', title: 'Pair score', format: '.3f' },
          { field: 'status', type: 'nominal', title: 'Status' },
        ],
      },
    },
  };
}
