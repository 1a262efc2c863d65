import { describe, expect, it } from 'vitest';
import { realBreaksNote, ruleSuggestionsNotes } from '../../src/ui/rule-suggestions-text.ts';

describe('what the app says of a suggested rule', () => {
  it('says how many real rows break it, and calls it a tendency past 1%', () => {
    expect(realBreaksNote({ rows: 344, broken: 0 })).toEqual({ text: 'None of the 344 real rows read breaks it.', tendency: false });
    expect(realBreaksNote({ rows: 100_000, broken: 40 })).toEqual({ text: '40 of the 100,000 real rows read break it (<0.1%).', tendency: false });
    expect(realBreaksNote({ rows: 1000, broken: 10 })).toEqual({ text: '10 of the 1,000 real rows read break it (1.0%).', tendency: false });
    const tendency = realBreaksNote({ rows: 344, broken: 56 });
    expect(tendency.tendency).toBe(true);
    expect(tendency.text).toBe(
      '56 of the 344 real rows read break it (16.3%): more a tendency than a rule; enforcing it moves the synthetic data away from the real.',
    );
    expect(realBreaksNote(null).text).toContain('No rows to check it against');
  });

  it('says why nothing came, and what was no rule for these columns', () => {
    expect(ruleSuggestionsNotes({ rules: [], refused: [], failed: 'the model answered no list of rules' })).toEqual([
      'The model suggested no rules (the model answered no list of rules).',
    ]);
    const refused = [{ text: 'Species = Emperor => Island = Dream', why: 'rule "Species = Emperor => Island = Dream": "Species" has no category "Emperor"' }];
    expect(ruleSuggestionsNotes({ rules: [], refused })).toEqual([
      'The model suggested no rule that fits these columns, or none new.',
      'Not a rule for these columns: rule "Species = Emperor => Island = Dream": "Species" has no category "Emperor".',
    ]);
  });
});
