import type { ComparisonSampleSizes } from './comparison-samples.ts';

/** What the ceiling and floor columns were scored on, in words; empty when every row was used (or nothing was recorded). */
export function comparisonSampleNote(sizes: ComparisonSampleSizes | null | undefined): string {
  if (!sizes) return '';
  const { training, holdout, baseline } = sizes;
  const sampled = training.rows < training.of || (holdout !== null && holdout.rows < holdout.of) || baseline.rows < baseline.of;
  if (!sampled) return '';
  const n = (v: number) => v.toLocaleString('en-US');
  const part = (s: { rows: number; of: number }, what: string) => (s.rows < s.of ? `${n(s.rows)} of ${n(s.of)} ${what}` : `all ${n(s.of)} ${what}`);
  const ceiling = holdout ? `; the held-out column scores ${part(holdout, 'held-out rows')}` : '';
  return (
    `The floor and held-out columns are scored against a random sample (seed ${sizes.seed}) of ${part(training, 'training rows')}: ` +
    `the floor draws ${n(baseline.rows)} baseline rows${baseline.rows < baseline.of ? ` (the synthetic data has ${n(baseline.of)})` : ''}${ceiling}. ` +
    'Smaller samples score a little lower by chance alone; the synthetic column uses every row.'
  );
}
