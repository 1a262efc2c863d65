import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/stats/dataset.ts';
import { identicalMatchShare } from '../../../src/stats/metrics/disclosure-risk/identical-match-share.ts';
import { dropCopies } from '../../../src/stats/privacy/drop-copies.ts';
import { makeDataset } from '../metrics/make-dataset.ts';

type Row = [number | null, string | null, string];
const table = (rows: Row[]) =>
  makeDataset([
    { name: 'mass', kind: 'numeric', values: rows.map((r) => r[0]) },
    { name: 'species', kind: 'categorical', values: rows.map((r) => r[1]) },
    // an identifier is not synthesised, so it never makes a copy look new
    { name: 'id', kind: 'identifier', values: rows.map((r) => r[2]) },
  ]);

/** Each row as its written values, to compare datasets by content. */
function rows(dataset: Dataset): (string | number | null)[][] {
  return Array.from({ length: dataset.rowCount }, (_, r) =>
    dataset.columns.map((c) => (c.type === 'numeric' ? (Number.isNaN(c.values[r]) ? null : c.values[r]) : c.dictionary[c.codes[r]])),
  );
}

describe('dropCopies', () => {
  const training = table([
    [3750, 'Adelie', 't1'],
    [null, 'Gentoo', 't2'],
    [4100, null, 't3'],
  ]);

  it('drops exactly the rows equal to a training row on every synthesised column (missing equals missing), keeping order', () => {
    const synthetic = table([
      [3750, 'Adelie', 's1'], // copy of t1 (the identifier differs, but is not synthesised)
      [3750, 'Gentoo', 's2'], // new combination
      [null, 'Gentoo', 's3'], // copy of t2, missing mass on both sides
      [4100, 'Adelie', 's4'], // new: t3 has species missing
      [4100, null, 's5'], // copy of t3
      [3750.5, 'Adelie', 's6'], // new value
    ]);
    const { dataset, dropped } = dropCopies({ training, synthetic });
    expect(dropped).toBe(3);
    expect(rows(dataset)).toEqual([
      [3750, 'Gentoo', 's2'],
      [4100, 'Adelie', 's4'],
      [3750.5, 'Adelie', 's6'],
    ]);
    // The same rows the identical-match share counts: none are left.
    expect(identicalMatchShare({ training, other: synthetic })).toBe(3 / 6);
    expect(identicalMatchShare({ training, other: dataset })).toBe(0);
  });

  it('compares categories by written value, not by code', () => {
    // "Gentoo" is code 1 here and code 2 in training.
    const synthetic = table([[null, 'Gentoo', 'x']]);
    expect(dropCopies({ training, synthetic }).dropped).toBe(1);
  });

  it('returns the synthetic dataset itself when nothing is a copy', () => {
    const synthetic = table([[1, 'Chinstrap', 'x']]);
    const result = dropCopies({ training, synthetic });
    expect(result.dropped).toBe(0);
    expect(result.dataset).toBe(synthetic);
  });

  it('ignores a column the user excluded from synthesis', () => {
    const excluded = (d: Dataset): Dataset => ({
      ...d,
      schema: { columns: d.schema.columns.map((c) => (c.name === 'species' ? { ...c, included: false } : c)) },
    });
    const synthetic = table([[3750, null, 'x']]);
    expect(dropCopies({ training: excluded(training), synthetic: excluded(synthetic) }).dropped).toBe(1);
    expect(dropCopies({ training, synthetic }).dropped).toBe(0);
  });
});
