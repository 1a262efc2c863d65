import { describe, expect, it } from 'vitest';
import { ByteColumnBuilder } from '../../../src/stats/ingest/byte-column-builder.ts';
import { mergeSpellings } from '../../../src/stats/ingest/merge-spellings.ts';
import type { RawColumn } from '../../../src/stats/raw-table.ts';
import { MISSING_TOKENS } from '../../../src/stats/schema/missing-tokens.ts';
import { createRng } from '../../../src/synth/rng.ts';

/** What a RawColumn holds for these fields, worked out with a Map: distinct values in order of first appearance, missing ones as ''. */
function reference(fields: readonly string[]): { values: string[]; codes: number[]; missing: Map<string, number> } {
  const values: string[] = [];
  const codeOf = new Map<string, number>();
  const missing = new Map<string, number>();
  const codes = fields.map((field) => {
    const isMissing = MISSING_TOKENS.includes(field);
    if (isMissing) missing.set(field, (missing.get(field) ?? 0) + 1);
    const value = isMissing ? '' : field;
    let code = codeOf.get(value);
    if (code === undefined) {
      code = values.length;
      values.push(value);
      codeOf.set(value, code);
    }
    return code;
  });
  return { values, codes, missing };
}

function builtColumn(fields: readonly string[]): RawColumn {
  const builder = new ByteColumnBuilder('c', MISSING_TOKENS);
  for (const field of fields) {
    const bytes = new TextEncoder().encode(`,${field},`);
    builder.push(bytes, 1, bytes.length - 1);
  }
  return builder.build();
}

function build(fields: readonly string[]) {
  const column = builtColumn(fields);
  return { values: [...column.values], codes: Array.from(column.codes), missing: new Map(column.missingSpellings ?? []) };
}

/** Seeded measurements to the cent, mostly new, some repeated, some missing; `tail` appended. */
function measurements(rows: number, tail: readonly string[] = []): string[] {
  const rng = createRng(5);
  const fields: string[] = [];
  for (let i = 0; i < rows; i++) {
    const u = rng.next();
    if (u < 0.05) fields.push(u < 0.03 ? '' : 'NA');
    else if (u < 0.15 && fields.length > 0) fields.push(fields[rng.int(fields.length)]);
    else fields.push((rng.int(10_000_000) / 100).toFixed(rng.next() < 0.9 ? 2 : 1));
  }
  return [...fields, ...tail];
}

describe('ByteColumnBuilder', () => {
  it('tells apart spellings kept in their slot and longer ones, byte for byte', () => {
    // Lengths around the 8 bytes a slot holds, differing in the last byte, zero bytes, multibyte characters.
    const fields = [
      '',
      'a',
      'a\0',
      '\0a',
      '1234567',
      '12345678',
      '12345679',
      '123456789',
      '12345678a',
      '12345678b',
      'é',
      'éé',
      'NA',
      '?',
      'N/A',
      'NULL',
      'x'.repeat(40),
      'x'.repeat(41),
    ];
    const rows = [...fields, ...[...fields].reverse(), ...fields];
    expect(build(rows)).toEqual(reference(rows));
  });

  it('agrees with a Map on many seeded random spellings, numbers and not, across table growth', () => {
    const rng = createRng(11);
    const chars = '0123456789.-aé\0NA?';
    const rows: string[] = [];
    for (let i = 0; i < 60_000; i++) {
      if (rng.next() < 0.5 && rows.length > 0) rows.push(rows[rng.int(rows.length)]);
      else {
        let text = '';
        const length = rng.int(14);
        for (let k = 0; k < length; k++) text += chars[rng.int(chars.length)];
        rows.push(text);
      }
    }
    const numbers = Array.from({ length: 200_000 }, (_, i) => String((i * 7919) % 150_001)); // past MANY_ENTRIES distinct
    expect(build(rows)).toEqual(reference(rows));
    expect(build(numbers)).toEqual(reference(numbers));
  });

  it('reads a column of measurements without look-ups once most rows are new: every row keeps its text and number, and merged it is the reference', () => {
    const rows = measurements(150_000, ['-0.5', '+12.25', '7.', '123456789012345678.5', '0.10']);
    const column = builtColumn(rows);
    expect(column.repeats).toBe(true);
    expect(column.values.length).toBeGreaterThan(new Set(rows).size);
    rows.forEach((field, row) => {
      const code = column.codes[row];
      const missing = MISSING_TOKENS.includes(field);
      expect(column.values[code]).toBe(missing ? '' : field);
      if (missing) expect(column.numbers?.values[code]).toBeNaN();
      else expect(column.numbers?.values[code]).toBe(Number(field));
    });
    const merged = mergeSpellings(column);
    const expected = reference(rows);
    expect({ values: [...merged.values], codes: Array.from(merged.codes), missing: new Map(merged.missingSpellings ?? []) }).toEqual(expected);
  });

  it('merges its codes back, one per spelling, when a field that is not a number ends the measurements', () => {
    const rows = measurements(120_000, ['n/a', '55.25', 'n/a', '', '99999.99']);
    rows.push(...rows.slice(0, 1000));
    const column = builtColumn(rows);
    expect(column.repeats).toBeUndefined();
    expect(build(rows)).toEqual(reference(rows));
  });
});
