import type { Evaluation, RunReportData } from '../workers/synth-api.ts';

/** A score as a percentage with one decimal; "–" where there is none. */
export const pct = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : `${(v * 100).toFixed(1)}%`);
/** A plain number with three decimals; "–" where there is none. */
export const num = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : v.toFixed(3));

type ScoreKey = 'quality' | 'columnShapes' | 'columnPairTrends' | 'newRowSynthesis';
type Privacy = NonNullable<Evaluation['privacy']>;

/** The rows of the quality table, in the report's order (the panel and the HTML report share them). */
export const QUALITY_ROWS: readonly { readonly label: string; readonly key: ScoreKey }[] = [
  { label: 'Quality', key: 'quality' },
  { label: 'Column Shapes', key: 'columnShapes' },
  { label: 'Column Pair Trends', key: 'columnPairTrends' },
  { label: 'New Row Synthesis', key: 'newRowSynthesis' },
];

/** The rows of the disclosure-risk table (headed "Privacy" in the report), each with its own format. */
export const DISCLOSURE_RISK_ROWS: readonly { readonly label: string; readonly key: string; readonly format: (p: Privacy) => string }[] = [
  { label: 'Identical matches to training rows', key: 'ims', format: (p) => pct(p.ims) },
  { label: 'Identical matches, holdout baseline', key: 'imsHoldout', format: (p) => pct(p.imsHoldout) },
  { label: 'DCR share closer to training (ideal 50%)', key: 'dcrShare', format: (p) => withError(p.dcrShare, p.dcrShareError, pct) },
  { label: 'Nearest-neighbour distance ratio', key: 'nndr', format: (p) => withError(p.nndr, p.nndrError, num) },
];

/** A sampled score with its 95% margin (1.96 standard errors); the score alone when exact. */
function withError(v: number | null, error: number | null | undefined, format: (v: number | null) => string): string {
  return v === null || error === null || error === undefined || error === 0 ? format(v) : `${format(v)} ± ${format(1.96 * error)}`;
}

export const FLOOR_TITLE = 'Floor: independent marginals';
export const CEILING_TITLE = 'Held-out real rows (reference)';

/** One column pair of the evaluation, with the key "<a>|<b>" split back into its two columns. */
export interface PairScore {
  readonly a: string;
  readonly b: string;
  readonly metric: string;
  readonly score: number | null;
  readonly scoreWithoutThreshold: number | null;
  /** The pair's association in the real and in the synthetic data (r or Cramér's V); null when unknown. */
  readonly real: number | null;
  readonly synthetic: number | null;
}

/**
 * The evaluation's pairs in key order. A column name may hold "|": the key is split where
 * both halves are columns of the evaluation (else at the first "|").
 */
export function pairScores(evaluation: Evaluation): PairScore[] {
  const columns = new Set(Object.keys(evaluation.columns));
  return Object.entries(evaluation.pairs).map(([key, p]) => {
    const cuts = [...key].flatMap((ch, i) => (ch === '|' ? [i] : []));
    const cut = cuts.find((i) => columns.has(key.slice(0, i)) && columns.has(key.slice(i + 1))) ?? cuts[0] ?? key.length;
    const { metric, score, scoreWithoutThreshold } = p;
    return { a: key.slice(0, cut), b: key.slice(cut + 1), metric, score, scoreWithoutThreshold, real: p.real ?? null, synthetic: p.synthetic ?? null };
  });
}

type RelatedScoreKey = keyof NonNullable<NonNullable<RunReportData['related']>['quality']>;

/** The rows of a related run's multi-table table (SDMetrics multi-table Quality), in the report's order. */
export const RELATED_ROWS: readonly { readonly label: string; readonly key: RelatedScoreKey }[] = [
  { label: 'Multi-table quality', key: 'score' },
  { label: 'Column Shapes (both tables)', key: 'columnShapes' },
  { label: 'Column Pair Trends (both tables)', key: 'columnPairTrends' },
  { label: 'Cardinality (children per parent)', key: 'cardinality' },
  { label: 'Intertable Trends (parent × child columns)', key: 'intertableTrends' },
];
