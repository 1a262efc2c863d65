import type { TopLevelSpec } from 'vega-lite';
import type { Evaluation } from '../../workers/synth-api.ts';
import { pairScores } from '../report-format.ts';

const BELOW_THRESHOLD = 'below threshold';
const SCORED = 'scored';

/**
 * Column Pair Trends score per column pair as a heatmap over both triangles, columns in schema order.
 * Pairs SDMetrics leaves out (real association under the threshold) show their score without the
 * threshold, faded and with a dashed outline; pairs with no score at all are left blank.
 */
export function pairHeatmapSpec(evaluation: Evaluation): TopLevelSpec {
  const pairs = pairScores(evaluation).filter((p) => p.score !== null || p.scoreWithoutThreshold !== null);
  const values = pairs.flatMap((p) => {
    const cell = { metric: p.metric, score: p.score ?? p.scoreWithoutThreshold, status: p.score === null ? BELOW_THRESHOLD : SCORED };
    return [
      { a: p.a, b: p.b, ...cell },
      { a: p.b, b: p.a, ...cell },
    ];
  });
  const order = [...new Set([...Object.keys(evaluation.columns), ...pairs.flatMap((p) => [p.a, p.b])])];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: 'Column Pair Trends score per column pair (1 = the pair relates as in the real data)',
    title: 'Column pair trends',
    width: { step: 28 },
    height: { step: 28 },
    data: { values },
    // The dashed outline is drawn only where strokeWidth is not 0: on pairs below the threshold.
    mark: { type: 'rect', stroke: '#8a94a8', strokeDash: [3, 2] },
    encoding: {
      x: { field: 'a', type: 'nominal', sort: order, title: null, axis: { labelAngle: -40, labelLimit: 140 } },
      y: { field: 'b', type: 'nominal', sort: order, title: null, axis: { labelLimit: 140 } },
      color: { field: 'score', type: 'quantitative', title: 'Score', scale: { domain: [0, 1], scheme: 'blues' } },
      opacity: {
        field: 'status',
        type: 'ordinal',
        title: null,
        sort: [SCORED, BELOW_THRESHOLD],
        scale: { domain: [SCORED, BELOW_THRESHOLD], range: [1, 0.4] },
      },
      strokeWidth: { condition: { test: `datum.status === '${BELOW_THRESHOLD}'`, value: 1.5 }, value: 0 },
      tooltip: [
        { field: 'a', type: 'nominal', title: 'Column' },
        { field: 'b', type: 'nominal', title: 'Column' },
        { field: 'metric', type: 'nominal', title: 'Metric' },
        { field: 'score', type: 'quantitative', title: 'Score', format: '.3f' },
        { field: 'status', type: 'nominal', title: 'Status' },
      ],
    },
  };
}
