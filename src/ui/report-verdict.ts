import type { RunReportData, Utility } from '../workers/synth-api.ts';
import { pct } from './report-format.ts';

export type Tone = 'good' | 'fair' | 'poor' | 'unknown';

/** One aspect of the verdict: a word for how it went, the sentence with its numbers, and what they are beside. */
export interface VerdictLine {
  readonly aspect: 'Fidelity' | 'Utility' | 'Privacy';
  readonly tone: Tone;
  /** "Good", "Fair", "Weak", "Not measured": said in words, never by colour alone. */
  readonly word: string;
  readonly text: string;
}

const WORDS: Record<Tone, string> = { good: 'Good', fair: 'Fair', poor: 'Weak', unknown: 'Not measured' };
const line = (aspect: VerdictLine['aspect'], tone: Tone, text: string): VerdictLine => ({ aspect, tone, word: WORDS[tone], text });

/**
 * Fidelity is placed between two references scored the same way: independent
 * columns (the floor: what any structure must beat) and held-out real rows
 * (the ceiling: what a perfect generator reaches). Good from 80% of the way
 * up, fair from 50%.
 */
export const FIDELITY_GOOD = 0.8;
export const FIDELITY_FAIR = 0.5;
/** Utility: the synthetic-trained model's score over the real-trained one's. */
export const UTILITY_GOOD = 0.95;
export const UTILITY_FAIR = 0.85;
/**
 * Privacy: the share of synthetic rows closer to a training row than to a held-out one is 50% when the data
 * does not favour the rows it learnt from; good within 5 points of that (margin of error included), fair within 10.
 */
export const DCR_GOOD = 0.55;
export const DCR_FAIR = 0.6;

/** The report's first screen: fidelity, utility and privacy in plain words, each beside its reference. */
export function reportVerdict(report: RunReportData, utility: Utility | null): VerdictLine[] {
  return [fidelity(report), usefulness(report, utility), privacy(report)];
}

function fidelity(report: RunReportData): VerdictLine {
  const { evaluation, floor, ceiling } = report;
  if (!evaluation || evaluation.quality === null) {
    return line(
      'Fidelity',
      'unknown',
      `No real rows to score against: the synthetic rows match the target tables to a mean TVD of ${report.meanTvd.toFixed(4)}.`,
    );
  }
  const q = evaluation.quality;
  const f = floor?.quality ?? null;
  const c = ceiling?.quality ?? null;
  if (f !== null && c !== null && c > f) {
    const share = (q - f) / (c - f);
    const tone = share >= FIDELITY_GOOD ? 'good' : share >= FIDELITY_FAIR ? 'fair' : 'poor';
    const where =
      q >= c
        ? `as high as held-out real rows (${pct(c)})`
        : q <= f
          ? `no better than independent columns (${pct(f)})`
          : `${Math.round(share * 100)}% of the way from independent columns (${pct(f)}) to held-out real rows (${pct(c)})`;
    return line('Fidelity', tone, `Quality ${pct(q)}: ${where}.`);
  }
  if (f !== null) {
    return line('Fidelity', q > f ? 'fair' : 'poor', `Quality ${pct(q)}, beside ${pct(f)} for independent columns; no held-out rows to compare with.`);
  }
  return line('Fidelity', 'unknown', `Quality ${pct(q)}; no reference scored beside it.`);
}

/** The score utility is judged by, per task: ROC AUC for two classes, macro F1 for more, R² for numbers. */
const MAIN_METRIC = { binary: 'rocAuc', multiclass: 'macroF1', regression: 'r2' } as const;
const METRIC_NAMES = { rocAuc: 'ROC AUC', macroF1: 'macro F1', r2: 'R²' } as const;

function usefulness(report: RunReportData, utility: Utility | null): VerdictLine {
  if (!utility) {
    const why =
      report.utilityTargets.length > 0 ? 'choose a column to predict under Utility and press Run' : 'it needs held-out rows (a holdout share above 0)';
    return line('Utility', 'unknown', `Not measured yet: ${why}.`);
  }
  const metric = MAIN_METRIC[utility.task];
  const synthetic = (utility.trainedOnSynthetic as Record<string, number | null | undefined>)[metric] ?? null;
  const real = (utility.trainedOnReal as Record<string, number | null | undefined>)[metric] ?? null;
  const name = METRIC_NAMES[metric];
  if (synthetic === null || real === null || real <= 0) return line('Utility', 'unknown', `No ${name} to compare for ${utility.target}.`);
  const ratio = synthetic / real;
  const tone = ratio >= UTILITY_GOOD ? 'good' : ratio >= UTILITY_FAIR ? 'fair' : 'poor';
  return line(
    'Utility',
    tone,
    `A model predicting ${utility.target} learnt from the synthetic rows scores ${name} ${synthetic.toFixed(3)} on unseen real rows: ${Math.round(ratio * 100)}% of the ${real.toFixed(3)} it scores learnt from the real rows.`,
  );
}

function privacy(report: RunReportData): VerdictLine {
  const p = report.evaluation?.privacy;
  const protection = report.dp
    ? ` Differential privacy: (${report.dp.epsilon}, ${report.dp.delta}).`
    : report.disclosure
      ? ` Rare categories and small cells were pooled first (k = ${report.disclosure.minCount}).`
      : '';
  if (!p || p.dcrShare === null) {
    return line('Privacy', 'unknown', `Not measured: it needs held-out rows (a holdout share above 0).${protection}`);
  }
  const margin = 1.96 * (p.dcrShareError ?? 0);
  const low = p.dcrShare - margin;
  const copies = p.ims !== null && p.imsHoldout !== null && p.ims > p.imsHoldout;
  const tone = copies ? 'poor' : low <= DCR_GOOD ? 'good' : low <= DCR_FAIR ? 'fair' : 'poor';
  const identical =
    p.ims === null
      ? ''
      : ` ${pct(p.ims)} are identical to a training row${p.imsHoldout === null ? '' : `, where ${pct(p.imsHoldout)} of held-out real rows are`}.`;
  const error = margin > 0 ? ` ± ${pct(margin)}` : '';
  return line(
    'Privacy',
    tone,
    `${pct(p.dcrShare)}${error} of synthetic rows are closer to a training row than to a held-out one (50% is no leak).${identical}${protection}`,
  );
}
