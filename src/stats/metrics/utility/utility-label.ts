import type { UtilityMetric } from './utility-scores.ts';

const LABELS: Record<UtilityMetric, string> = { f1: 'F1', rocAuc: 'ROC AUC', macroF1: 'Macro F1', accuracy: 'Accuracy', r2: 'R²' };

/** Readable name of a utility score, e.g. "F1 (>50K)" for the binary F1 of its positive class. */
export function utilityLabel(metric: UtilityMetric, positive: string | null): string {
  return metric === 'f1' && positive !== null ? `F1 (${positive})` : LABELS[metric];
}
