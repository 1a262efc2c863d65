import type { Dataset } from '../dataset.ts';
import { isNumericKind } from '../schema.ts';
import { contingencySimilarity } from './contingency-similarity.ts';
import { correlationSimilarity } from './correlation-similarity.ts';
import { discreteView, type DiscreteView } from './discrete-views.ts';
import { evaluatedColumns } from './evaluated-columns.ts';
import { nanMean } from './nan-mean.ts';
import type { ProgressLine } from './progress-line.ts';

/** SDMetrics QualityReport thresholds since 0.27.0: a pair counts only if real data shows a trend. */
const REAL_CORRELATION_THRESHOLD = 0.5;
const REAL_ASSOCIATION_THRESHOLD = 0.3;

export type PairKind = 'numeric-numeric' | 'discrete-discrete' | 'mixed';

export interface PairTrend {
  readonly column1: string;
  readonly column2: string;
  readonly kind: PairKind;
  readonly metric: 'CorrelationSimilarity' | 'ContingencySimilarity';
  /** NaN when the pair misses the threshold (SDMetrics leaves it out). */
  readonly score: number;
  readonly meetsThreshold: boolean;
  /** The score with thresholds 0 (SDMetrics before 0.27.0). */
  readonly scoreWithoutThreshold: number;
  readonly realCorrelation?: number;
  readonly syntheticCorrelation?: number;
  /** Cramér's V of the real contingency table. */
  readonly realAssociation?: number;
  /** Cramér's V of the synthetic contingency table. */
  readonly syntheticAssociation?: number;
}

export interface ColumnPairTrends {
  /** Mean over pairs meeting the threshold; NaN if none does. */
  readonly score: number;
  /** Mean over all pairs with a score. */
  readonly scoreWithoutThreshold: number;
  readonly pairs: readonly PairTrend[];
  /** Edges used to bin each continuous column that is in a mixed pair. */
  readonly binEdges: Readonly<Record<string, { readonly real: Float64Array; readonly synthetic: Float64Array }>>;
}

/**
 * SDMetrics Column Pair Trends property (0.29.0): every pair of evaluated
 * columns in schema order (itertools.combinations). Numeric × numeric pairs
 * (numerical or datetime) use CorrelationSimilarity; every other pair uses
 * ContingencySimilarity, continuous columns binned first (discreteView).
 * `columnPairs` replaces the pairs of evaluated columns with given column
 * indexes (SDMetrics' column_pairs argument, used by Intertable Trends).
 * `onProgress` hears of each pair.
 */
export function columnPairTrends(
  real: Dataset,
  synthetic: Dataset,
  columnPairs: readonly (readonly [number, number])[] = allPairs(evaluatedColumns(real)),
  onProgress?: ProgressLine,
): ColumnPairTrends {
  const indexes = [...new Set(columnPairs.flat())].sort((a, b) => a - b);
  const numeric = (i: number) => isNumericKind(real.schema.columns[i].kind);
  const anyDiscrete = indexes.some((i) => !numeric(i));
  const views = new Map<number, DiscreteView>();
  const view = (i: number): DiscreteView => {
    let v = views.get(i);
    if (!v) {
      v = discreteView(real.columns[i], synthetic.columns[i]);
      views.set(i, v);
    }
    return v;
  };
  const pairs: PairTrend[] = [];
  for (const [k, [i, j]] of columnPairs.entries()) {
    onProgress?.(`scoring column pairs ${k + 1}/${columnPairs.length}`);
    const names = { column1: real.columns[i].name, column2: real.columns[j].name };
    if (numeric(i) && numeric(j)) pairs.push({ ...names, ...correlationPair(real, synthetic, [i, j]) });
    else pairs.push({ ...names, ...contingencyPair(view(i), view(j), numeric(i) || numeric(j) ? 'mixed' : 'discrete-discrete') });
  }
  const binEdges: Record<string, { real: Float64Array; synthetic: Float64Array }> = {};
  if (anyDiscrete) {
    for (const i of indexes) {
      const edges = numeric(i) ? view(i).edges : undefined;
      if (edges) binEdges[real.columns[i].name] = edges;
    }
  }
  return {
    score: nanMean(pairs.filter((p) => p.meetsThreshold).map((p) => p.score)),
    scoreWithoutThreshold: nanMean(pairs.map((p) => p.scoreWithoutThreshold)),
    pairs,
    binEdges,
  };
}

/** Every pair of the given column indexes in order (itertools.combinations). */
function allPairs(indexes: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let a = 0; a < indexes.length; a++) for (let b = a + 1; b < indexes.length; b++) out.push([indexes[a], indexes[b]]);
  return out;
}

type PairScores = Omit<PairTrend, 'column1' | 'column2'>;

function correlationPair(real: Dataset, synthetic: Dataset, [i, j]: readonly [number, number]): PairScores {
  const col = (d: Dataset, k: number) => {
    const c = d.columns[k];
    if (c.type !== 'numeric') throw new Error(`column "${c.name}": expected numeric values`);
    return c;
  };
  const result = correlationSimilarity({
    real: [col(real, i), col(real, j)],
    synthetic: [col(synthetic, i), col(synthetic, j)],
  });
  const meetsThreshold = Math.abs(result.realCorrelation) > REAL_CORRELATION_THRESHOLD && !Number.isNaN(result.score);
  return {
    kind: 'numeric-numeric',
    metric: 'CorrelationSimilarity',
    score: meetsThreshold ? result.score : Number.NaN,
    meetsThreshold,
    scoreWithoutThreshold: result.score,
    realCorrelation: result.realCorrelation,
    syntheticCorrelation: result.syntheticCorrelation,
  };
}

function contingencyPair(first: DiscreteView, second: DiscreteView, kind: PairKind): PairScores {
  const result = contingencySimilarity({
    real: { first: first.real, second: second.real },
    synthetic: { first: first.synthetic, second: second.synthetic },
    sizes: [first.size, second.size],
  });
  const meetsThreshold = result.realAssociation > REAL_ASSOCIATION_THRESHOLD && !Number.isNaN(result.score);
  return {
    kind,
    metric: 'ContingencySimilarity',
    score: meetsThreshold ? result.score : Number.NaN,
    meetsThreshold,
    scoreWithoutThreshold: result.score,
    realAssociation: result.realAssociation,
    syntheticAssociation: result.syntheticAssociation,
  };
}
