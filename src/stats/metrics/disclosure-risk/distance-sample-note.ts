import type { DistanceSample } from './disclosure-risk.ts';

/** What the distance metrics (DCR, NNDR) ran on, in words; empty when not recorded. */
export function distanceSampleNote({ sample }: { readonly sample?: DistanceSample }): string {
  // Reports saved before the sample was recorded have none.
  if (!sample) return '';
  const n = (v: number) => v.toLocaleString('en-US');
  const synthetic =
    sample.synthetic === sample.syntheticRows ? `all ${n(sample.syntheticRows)}` : `a sample of ${n(sample.synthetic)} of ${n(sample.syntheticRows)}`;
  const reference = `${n(sample.reference)} of ${n(sample.trainingRows)} training and ${n(sample.reference)} of ${n(sample.holdoutRows)} holdout rows`;
  const margin = sample.synthetic === sample.syntheticRows ? '' : '; ± is the 95% margin from sampling the synthetic rows';
  return `DCR and NNDR on ${synthetic} synthetic rows against ${reference}${margin}. Identical matches use every row.`;
}
