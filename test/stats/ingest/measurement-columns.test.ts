import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/stats/ingest/load-dataset.ts';
import { qualityNotes } from '../../../src/stats/quality-notes.ts';
import { profileColumns } from '../../../src/stats/schema/profile-columns.ts';
import { createRng } from '../../../src/synth/rng.ts';

/**
 * A column of measurements to the cent (most rows new spellings) is read without look-ups, its codes
 * repeating spellings (RawColumn.repeats); whatever lists or counts its distinct values sees each once.
 */
const ROWS = 200_000;
function file(): { bytes: Uint8Array; amounts: string[] } {
  const rng = createRng(3);
  const amounts: string[] = [];
  let text = 'id,amount\n';
  for (let i = 0; i < ROWS; i++) {
    const amount = rng.next() < 0.02 ? '' : i > 0 && rng.next() < 0.2 ? amounts[rng.int(amounts.length)] || '1.50' : (rng.int(5_000_000) / 100).toFixed(2);
    amounts.push(amount);
    text += `${i % 7},${amount}\n`;
  }
  return { bytes: new TextEncoder().encode(text), amounts };
}

describe('a column of measurements', () => {
  const { bytes, amounts } = file();
  const distinct = new Set(amounts.filter((a) => a !== ''));

  it('is read as the numbers written, row by row, and profiled with its distinct numbers', async () => {
    const { dataset, raw } = await loadDataset({ name: 'm.csv', bytes });
    const column = raw.columns[1];
    expect(column.repeats).toBe(true);
    const values = dataset.columns[1];
    if (values.type !== 'numeric') throw new Error('amount should be numeric');
    amounts.forEach((a, row) => (a === '' ? expect(values.values[row]).toBeNaN() : expect(values.values[row]).toBe(Number(a))));
    const profile = profileColumns(raw)[1];
    expect(profile.distinct).toBe(new Set([...distinct].map(Number)).size);
    expect(profile.missing).toBe(amounts.filter((a) => a === '').length);
  });

  it('marked categorical, has each amount once in its dictionary, and rows keep their own', async () => {
    const { dataset, raw } = await loadDataset({ name: 'm.csv', bytes }, { overrides: { amount: { kind: 'categorical' } } });
    const column = dataset.columns[1];
    if (column.type !== 'categorical') throw new Error('amount should be categorical');
    expect(column.dictionary.length).toBe(distinct.size + 1);
    expect(new Set(column.dictionary).size).toBe(column.dictionary.length);
    amounts.forEach((a, row) => expect(column.dictionary[column.codes[row]]).toBe(a === '' ? null : a));
    // Rare amounts are named once each, not once per repeated code.
    const rare = qualityNotes(raw, dataset.schema).find((n) => n.kind === 'rare');
    expect(rare?.message).toMatch(/amount/);
  });
});
