import type { DistanceSample } from './disclosure-risk.ts';

/** What the distance metrics (DCR, NNDR) ran on, in words; empty when not recorded. */
export function distanceSampleNote({ sample }: { readonly sample?: DistanceSample }): string {
  // Reports saved before the sample was recorded have none.
  if (!sample) return '';
  const n = (v: number) => v.toLocaleString('en-US');
  // Reports saved before samples were random took evenly spaced rows and recorded no seed.
  const kind = sample.seed === undefined ? 'an evenly spaced sample' : `a random sample (seed ${sample.seed})`;
  const synthetic =
    sample.synthetic === sample.syntheticRows ? `all ${n(sample.syntheticRows)}` : `${kind} of ${n(sample.synthetic)} of ${n(sample.syntheticRows)}`;
  const reference = `${n(sample.reference)} of ${n(sample.trainingRows)} training and ${n(sample.reference)} of ${n(sample.holdoutRows)} holdout rows`;
  const margin = sample.synthetic === sample.syntheticRows ? '' : '; ± is the 95% margin from sampling the synthetic rows';
  const capped =
    sample.reference < Math.max(sample.trainingRows, sample.holdoutRows)
      ? ` The reference side is capped too, at equally many training and holdout rows: nearest distances run longer than against every row, ` +
        `alike on both sides, so 0.5 stays the ideal DCR share, but the ± leaves out this part of the error.`
      : '';
  return `DCR and NNDR on ${synthetic} synthetic rows against ${reference}${margin}.${capped} Identical matches use every row.`;
}
