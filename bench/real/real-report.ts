import { formatTable } from '../../src/cli/format-table.ts';
import { median } from '../ecommerce/median-metrics.ts';
import type { PeerRow } from './peers.ts';
import { SCORE_NAMES, type RunScores } from './score-run.ts';

const HEADER = ['method', 'Quality', 'Shapes', 'Pair Trends', 'New rows', 'DCR share', 'Identical', 'TSTR F1', 'TSTR AUC', '2-way TV'];

/** One table's results: our three rows (medians over seeds), then the peer figures. */
export interface TableResult {
  readonly id: string;
  readonly rows: { readonly train: number; readonly holdout: number; readonly synthetic: number };
  readonly synthor: RunScores;
  readonly floor: RunScores;
  readonly ceiling: RunScores;
  /** Median wall time of one `synth generate` run. */
  readonly generateMs: number;
  /** Per seed, in SEEDS order: the scores the medians come from. */
  readonly runs: { readonly synthor: readonly RunScores[]; readonly floor: readonly RunScores[]; readonly generateMs: readonly number[] };
  /** The TSTR target and learner, when the table has one. */
  readonly utility: { readonly target: string; readonly positive: string; readonly learner: string } | null;
  readonly peers: readonly PeerRow[];
}

/** Each score's median over the runs, skipping nulls; null when every run has none. */
export function medianScores(runs: readonly RunScores[]): RunScores {
  const entries = SCORE_NAMES.map((name) => {
    const values = runs.map((r) => r[name]).filter((v): v is number => v !== null);
    return [name, values.length === 0 ? null : median(values)];
  });
  return Object.fromEntries(entries) as unknown as RunScores;
}

const cells = (scores: Partial<RunScores>) =>
  SCORE_NAMES.map((name) => (scores[name] === null || scores[name] === undefined ? '-' : (scores[name] as number).toFixed(3)));

export function describeTable(result: TableResult, seeds: readonly number[]): string {
  const { id, rows } = result;
  const title = `${id}: train ${rows.train}, holdout ${rows.holdout}, synthetic ${rows.synthetic} rows; median of seeds ${seeds.join(', ')} (synth generate ${(result.generateMs / 1000).toFixed(1)} s per run)`;
  const body = [
    ['Synthor (synth generate defaults)', ...cells(result.synthor)],
    ['independent marginals (floor)', ...cells(result.floor)],
    ['holdout half / train on real (ceiling)', ...cells(result.ceiling)],
    ...result.peers.map((p) => [`peers: ${p.method}`, ...cells(p.scores)]),
  ];
  const tstr = result.utility
    ? `\nTSTR: predict ${result.utility.target}, positive "${result.utility.positive}", tested on the holdout; ${result.utility.learner}`
    : '';
  return `${title}\n${formatTable(HEADER, body)}${tstr}`;
}
