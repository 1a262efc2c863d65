import { describe, expect, it } from 'vitest';
import { ByteColumnBuilder } from '../../../src/stats/ingest/byte-column-builder.ts';
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

function build(fields: readonly string[]) {
  const builder = new ByteColumnBuilder('c', MISSING_TOKENS);
  for (const field of fields) {
    const bytes = new TextEncoder().encode(`,${field},`);
    builder.push(bytes, 1, bytes.length - 1);
  }
  const column = builder.build();
  return { values: [...column.values], codes: Array.from(column.codes), missing: new Map(column.missingSpellings ?? []) };
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
});
