import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { overridesFromSdvMetadata } from '../../../src/stats/schema/sdv-metadata.ts';

describe('overridesFromSdvMetadata', () => {
  it('reads the SDMetrics mixed-missing metadata', () => {
    const json = JSON.parse(readFileSync(new URL('../../fixtures/ingest/mixed-missing-metadata.json', import.meta.url), 'utf8'));
    expect(overridesFromSdvMetadata(json, 'metadata.json')).toEqual({
      income: { kind: 'numeric' },
      segment: { kind: 'categorical' },
      active: { kind: 'boolean' },
      visits: { kind: 'numeric' },
      signup_time: { kind: 'datetime', format: '%Y-%m-%d %H:%M:%S' },
    });
  });

  it('maps id and PII sdtypes to excluded columns, and reads the one-table multi-table form', () => {
    const json = {
      tables: {
        users: {
          primary_key: 'id',
          columns: { id: { sdtype: 'id' }, mail: { sdtype: 'email', pii: true }, seen: { sdtype: 'datetime' } },
        },
      },
    };
    expect(overridesFromSdvMetadata(json, 'm.json')).toEqual({
      id: { kind: 'identifier', included: false },
      mail: { kind: 'text', included: false },
      seen: { kind: 'datetime' },
    });
  });

  it('keeps any Python strftime datetime_format, such as %b %d %Y', () => {
    const json = { columns: { d: { sdtype: 'datetime', datetime_format: '%b %d %Y' }, t: { sdtype: 'datetime', datetime_format: '%I:%M %p' } } };
    expect(overridesFromSdvMetadata(json, 'm.json')).toEqual({ d: { kind: 'datetime', format: '%b %d %Y' }, t: { kind: 'datetime', format: '%I:%M %p' } });
  });

  it.each([
    ['not an object', [1], 'm.json: SDV metadata must be a JSON object with "columns"; check that this is the metadata file'],
    [
      'no columns',
      { tables: { a: { columns: {} }, b: { columns: {} } } },
      'm.json: the metadata describes 2 tables (a, b); Synthor works on one table, so keep only its entry',
    ],
    ['columns missing', { primary_key: 'x' }, 'm.json: no "columns" object; SDV metadata looks like {"columns": {"age": {"sdtype": "numerical"}}}'],
    ['a column without sdtype', { columns: { age: {} } }, 'm.json: column "age" has no "sdtype"; give one such as "numerical" or "categorical"'],
    [
      'a non-text format',
      { columns: { d: { sdtype: 'datetime', datetime_format: 5 } } },
      'm.json: column "d" has a datetime_format that is not text; write it like "%Y-%m-%d"',
    ],
    [
      'an unknown directive',
      { columns: { x: { sdtype: 'datetime', datetime_format: '%Q' } } },
      'm.json: column "x" datetime_format "%Q" uses an unknown directive %Q; use Python strftime directives',
    ],
    [
      'a week-number format',
      { columns: { x: { sdtype: 'datetime', datetime_format: '%Y-W%W' } } },
      'm.json: column "x" datetime_format "%Y-W%W" uses %W (week of the year), a directive Synthor cannot turn back into a date; write the date with %Y %m %d or %Y %j',
    ],
  ])('refuses %s', (_, json, message) => {
    expect(() => overridesFromSdvMetadata(json, 'm.json')).toThrow(message);
  });
});
