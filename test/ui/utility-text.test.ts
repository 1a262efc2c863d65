import { describe, expect, it } from 'vitest';
import type { UtilityTarget } from '../../src/workers/synth-api.ts';
import { utility } from './run-report-fixture.ts';
import { defaultPositive, defaultUtilityTarget } from '../../src/ui/utility-defaults.ts';
import { utilityCaption, utilityRowsText } from '../../src/ui/utility-text.ts';

describe('utility text', () => {
  it('names the column and the task', () => {
    expect(utilityCaption(utility)).toBe('Predicting income: positive class >50K');
    expect(utilityCaption({ ...utility, task: 'multiclass', classes: ['a', 'b', 'c'], positive: null })).toBe('Predicting income: 3 classes');
    expect(utilityCaption({ ...utility, task: 'regression', classes: [], positive: null })).toBe('Predicting income: regression');
  });

  it('says when the models learnt from a sample of the rows, and only then', () => {
    expect(utilityRowsText(utility)).toBe(
      'Random forest. Rows with a value for income: 10,000 synthetic, 8,000 real, 2,000 held out for the test. Each model learnt from a fixed random sample of them: 1,000 synthetic, 1,000 real.',
    );
    expect(utilityRowsText({ ...utility, learntFrom: { synthetic: 10_000, real: 8000 } })).toBe(
      'Random forest. Rows with a value for income: 10,000 synthetic, 8,000 real, 2,000 held out for the test.',
    );
  });
});

describe('utility defaults', () => {
  const targets: UtilityTarget[] = [
    { column: 'species', task: 'multiclass', classes: ['a', 'b', 'c'] },
    { column: 'sex', task: 'binary', classes: ['male', 'female'] },
    { column: 'mass', task: 'regression', classes: [] },
  ];

  it('the last classification column, else the last column, else none', () => {
    expect(defaultUtilityTarget(targets)?.column).toBe('sex');
    expect(defaultUtilityTarget(targets.slice(2))?.column).toBe('mass');
    expect(defaultUtilityTarget([])).toBeNull();
  });

  it('a binary target’s rarer class (listed second) is positive; other targets have none', () => {
    expect(defaultPositive(targets[1])).toBe('female');
    expect(defaultPositive(targets[0])).toBe('');
    expect(defaultPositive(undefined)).toBe('');
  });
});
