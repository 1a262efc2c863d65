import { describe, expect, it } from 'vitest';
import { readRuleAnswer } from '../../src/llm/read-rule-answer.ts';

const numbers = (column: string) => column === 'age';
const read = (value: unknown) => readRuleAnswer(JSON.stringify(value), numbers);

describe('readRuleAnswer: the rules in a model answer, in the rule language', () => {
  it('writes each rule as the user would, numbers as numbers only in number columns', () => {
    expect(
      read({
        rules: [
          { if: [{ column: 'age', op: '<', values: ['16'] }], then: { column: 'degree', op: 'in', values: ['none', 'school'] }, why: 'too young' },
          {
            if: [
              { column: 'grade', op: '=', values: ['1.0'] },
              { column: 'age', op: '>=', values: [18] },
            ],
            then: { column: 'pass', op: 'not in', values: ['no'] },
            why: '',
          },
        ],
      }),
    ).toEqual([
      { ok: true, text: 'age < 16 => degree in {none, school}', why: 'too young' },
      { ok: true, text: 'grade = "1.0" and age >= 18 => pass not in {no}', why: '' },
    ]);
  });

  it('reports what is not a rule, item by item, and null for an answer with no list', () => {
    const items = read({
      rules: [
        'age < 16 => degree = none',
        { if: [], then: { column: 'a', op: '=', values: ['x'] } },
        { if: [{ column: 'a', op: '~', values: ['x'] }], then: { column: 'b', op: '=', values: ['y'] } },
        { if: [{ column: 'a', op: '<', values: ['1', '2'] }], then: { column: 'b', op: '=', values: ['y'] } },
        { if: [{ column: 'a', op: '=', values: [] }], then: { column: 'b', op: '=', values: ['y'] } },
      ],
    });
    expect(items?.map((i) => [i.ok, i.why])).toEqual([
      [false, 'not a rule object'],
      [false, 'the rule has no "if" conditions'],
      [false, '"~" is not an operator (= != < <= > >= in not in)'],
      [false, '"a <" takes one value, not 2'],
      [false, 'the condition on "a" has no values, or too many'],
    ]);
    expect(readRuleAnswer('{"groups": []}', numbers)).toBeNull();
    expect(readRuleAnswer('not json', numbers)).toBeNull();
  });
});
