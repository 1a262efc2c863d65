import { describe, expect, it } from 'vitest';
import { parseJsonRecords } from '../../../src/stats/ingest/parse-json-records.ts';
import type { RawTable } from '../../../src/stats/raw-table.ts';

function rows(raw: RawTable): Record<string, string[]> {
  return Object.fromEntries(raw.columns.map((c) => [c.name, Array.from(c.codes, (code) => c.values[code])]));
}

describe('parseJsonRecords', () => {
  it('unions keys in first-seen order; numbers and booleans as written; null and absent as missing', () => {
    const raw = parseJsonRecords('[{"a": 1.5, "b": true}, {"c": "x", "a": null}, {"b": false, "a": -2e-7, "c": "NA"}]', { source: 'r.json' });
    expect(rows(raw)).toEqual({ a: ['1.5', '', '-2e-7'], b: ['true', '', 'false'], c: ['', 'x', ''] });
    expect(raw.rowCount).toBe(3);
    expect(raw.rowNaming).toBe('record');
  });

  it.each([
    ['not JSON', '[{"a": 1},', /^r\.json: not valid JSON \(.+\); fix the syntax or export the file again$/],
    ['an object, not an array', '{"a": 1}', 'r.json: the JSON is an object, not an array of records; give a file like [{"age": 31, "city": "Oslo"}, ...]'],
    ['an empty array', '[]', 'r.json: the JSON array has no records; add at least one record'],
    ['an empty file', '  ', 'r.json: the file is empty; choose a JSON array of records'],
    ['a record that is not an object', '[{"a": 1}, [1, 2]]', 'r.json: record 2 is an array, not an object; make every element an object of column: value'],
    [
      'a nested object',
      '[{"a": 1}, {"a": 2, "b": {"x": 1}}]',
      'r.json: record 2, key "b" holds an object; records must be flat, so turn it into a plain value or split it into columns',
    ],
    [
      'a nested array',
      '[{"tags": ["x"]}]',
      'r.json: record 1, key "tags" holds an array; records must be flat, so turn it into a plain value or split it into columns',
    ],
    ['an empty key', '[{"": 1}]', 'r.json: record 1 has a key with no name; give every column a name'],
  ])('refuses %s', (_, text, message) => {
    expect(() => parseJsonRecords(text, { source: 'r.json' })).toThrow(message);
  });
});
