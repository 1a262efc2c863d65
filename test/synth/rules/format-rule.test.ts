import { describe, expect, it } from 'vitest';
import { formatRule } from '../../../src/synth/rules/format-rule.ts';
import { parseRule } from '../../../src/synth/rules/parse-rule.ts';
import type { Rule } from '../../../src/synth/rules/rule.ts';

const rule = (when: Rule['when'], then: Rule['then']) => ({ when, then });

describe('formatRule: a rule written so that parsing gives it back', () => {
  it.each([
    [
      'plain names and values',
      rule([{ column: 'age', kind: 'compare', op: '<', value: 18 }], { column: 'education', kind: 'in', values: ['none', 'primary'], negated: false }),
    ],
    [
      'names with spaces and units',
      rule([{ column: 'Body Mass (g)', kind: 'compare', op: '>=', value: 5000 }], { column: 'Species', kind: 'compare', op: '=', value: 'Gentoo' }),
    ],
    [
      'a category that reads as a number',
      rule([{ column: 'grade', kind: 'compare', op: '=', value: '1.0' }], { column: 'y', kind: 'compare', op: '!=', value: '007' }),
    ],
    [
      'keywords and symbols as names and categories',
      rule([{ column: 'and', kind: 'in', values: ['in', 'a,b', 'x{y}'], negated: true }], {
        column: 'not',
        kind: 'compare',
        op: '=',
        value: 'say "hi" \\ bye',
      }),
    ],
    [
      'several conditions',
      rule(
        [
          { column: 'a', kind: 'compare', op: '>', value: -1.5 },
          { column: 'b c', kind: 'compare', op: '<=', value: 1e-7 },
        ],
        { column: 'd', kind: 'compare', op: '=', value: 'x' },
      ),
    ],
  ] as const)('%s', (_, r) => {
    const text = formatRule(r);
    const parsed = parseRule(text);
    expect({ when: parsed.when, then: parsed.then }).toEqual(r);
  });

  it('writes the rules people write as they write them', () => {
    const r = parseRule('"Body Mass (g)" >= 5000 and Sex = MALE => Species in {Gentoo, Adelie}');
    expect(formatRule(r)).toBe('"Body Mass (g)" >= 5000 and Sex = MALE => Species in {Gentoo, Adelie}');
    expect(formatRule(parseRule('grade = "1.0" => pass != no'))).toBe('grade = "1.0" => pass != no');
  });
});
