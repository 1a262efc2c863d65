import { describe, expect, it } from 'vitest';
import { parseRule } from '../../../src/synth/rules/parse-rule.ts';

describe('parseRule', () => {
  it.each([
    [
      'age < 18 => education in {none, primary}',
      {
        when: [{ column: 'age', kind: 'compare', op: '<', value: 18 }],
        then: { column: 'education', kind: 'in', values: ['none', 'primary'], negated: false },
      },
    ],
    [
      '"Body Mass (g)" >= 5000 and Island = Biscoe => Species not in {"Adelie", Chinstrap}',
      {
        when: [
          { column: 'Body Mass (g)', kind: 'compare', op: '>=', value: 5000 },
          { column: 'Island', kind: 'compare', op: '=', value: 'Biscoe' },
        ],
        then: { column: 'Species', kind: 'in', values: ['Adelie', 'Chinstrap'], negated: true },
      },
    ],
    [
      'date >= "2014-01-01" => weather != snow',
      { when: [{ column: 'date', kind: 'compare', op: '>=', value: '2014-01-01' }], then: { column: 'weather', kind: 'compare', op: '!=', value: 'snow' } },
    ],
  ])('%s', (text, expected) => {
    expect(parseRule(text)).toEqual({ text, ...expected });
  });

  it.each([
    ['age < 18', 'rule "age < 18": write it as "<condition> => <condition>", e.g. age < 18 => education in {none}'],
    ['age << 18 => x = 1', 'rule "age << 18 => x = 1": "age << 18" is not a condition; write column op value or column in {a, b}'],
    ['age ~ 18 => x = 1', 'rule "age ~ 18 => x = 1": unknown operator "~" (use < <= > >= = != in)'],
    ['a = 1 => b in x, y', 'rule "a = 1 => b in x, y": "b in x, y": list the values in braces, e.g. {a, b}'],
    ['a = 1 => b in {}', 'rule "a = 1 => b in {}": "b in {}": the list is empty'],
  ])('rejects %s', (text, message) => {
    expect(() => parseRule(text)).toThrow(message);
  });
});
