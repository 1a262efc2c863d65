import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/stats/dataset.ts';
import { formatDatetime } from '../../../src/stats/schema/datetime-format.ts';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import { planJsonSchema } from '../../../src/synth/plan/plan-schema.ts';
import { planTargets } from './plan-targets.ts';

const dig = (value: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>((v, key) => (v as Record<string | number, unknown>)[key], value);
const open = { enum: ['(missing)', '(any)'] };
const range = (items: object) => ({ anyOf: [{ type: 'array', items, minItems: 2, maxItems: 2 }, open] });

describe('planJsonSchema', () => {
  it('bounds every column, count and list, with every property required', () => {
    const values = {
      type: 'object',
      properties: {
        species: { enum: ['Adelie', 'Gentoo', '(other)', '(missing)', '(any)'] },
        mass: range({ type: 'integer', minimum: 3000, maximum: 6000 }),
        beak: range({ type: 'number', minimum: 32.1, maximum: 59.6 }),
        day: range({
          type: 'string',
          description: 'a date written %Y-%m-%d, from 2020-01-01 to 2020-03-01',
          pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
          maxLength: 10,
        }),
        empty: open,
      },
      required: ['species', 'mass', 'beak', 'day', 'empty'],
      additionalProperties: false,
    };
    const proposal = {
      type: 'object',
      properties: { values, count: { type: 'integer', minimum: 1, maximum: 500 } },
      required: ['values', 'count'],
      additionalProperties: false,
    };
    expect(planJsonSchema(planTargets(), { maxProposals: 4, maxCount: 500 })).toEqual({
      type: 'object',
      properties: {
        proposals: { type: 'array', items: proposal, minItems: 1, maxItems: 4 },
        reason: { type: 'string', maxLength: 200 },
      },
      required: ['proposals', 'reason'],
      additionalProperties: false,
    });
  });

  it('is plain JSON', () => {
    const schema = planJsonSchema(planTargets(), { maxProposals: 4, maxCount: 500 });
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it('gives dates in unpadded formats a pattern that matches what the format writes, literals escaped', () => {
    const t = Date.UTC(2021, 11, 5, 7, 30);
    const dataset: Dataset = {
      rowCount: 2,
      schema: { columns: [{ name: 'at', kind: 'datetime', included: true, format: '%d.%m.%Y %-H:%M (%f)' }] },
      columns: [{ type: 'numeric', name: 'at', values: Float64Array.of(t, t + 3_600_000 * 5) }],
    };
    const schema = planJsonSchema(buildTargets(dataset), { maxProposals: 1, maxCount: 1 });
    const items = dig(schema, ['properties', 'proposals', 'items', 'properties', 'values', 'properties', 'at', 'anyOf', 0, 'items']);
    expect(items).toEqual({
      type: 'string',
      description: 'a date written %d.%m.%Y %-H:%M (%f), from 05.12.2021 7:30 (000000) to 05.12.2021 12:30 (000000)',
      pattern: '^[0-9]{2}\\.[0-9]{2}\\.[0-9]{4} [0-9]{1,2}:[0-9]{2} \\([0-9]{6}\\)$',
      maxLength: 25,
    });
    const pattern = new RegExp((items as { pattern: string }).pattern);
    expect(pattern.test(formatDatetime(t, '%d.%m.%Y %-H:%M (%f)'))).toBe(true);
    expect(pattern.test('5.12.2021 7:30 (000000)')).toBe(false);
  });

  it.each([
    [{ maxProposals: 0, maxCount: 5 }, 'plan schema: maxProposals must be a positive integer, got 0'],
    [{ maxProposals: 2, maxCount: 1.5 }, 'plan schema: maxCount must be a positive integer, got 1.5'],
  ])('rejects %j', (options, message) => {
    expect(() => planJsonSchema(planTargets(), options)).toThrow(message);
  });
});
