import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../src/stats/ingest/detect-delimiter.ts';

describe('detectDelimiter', () => {
  it.each([
    ['commas', 'a,b,c\n1,2,3\n', ','],
    ['tabs', 'a\tb\n1\t2\n', '\t'],
    ['semicolons beat decimal commas', 'a;b\n1,5;2,25\n3,1;4\n', ';'],
    ['pipes', 'a|b|c\nx|y|z', '|'],
    ['commas inside quotes do not vote', 'name;city\n"Smith, John";"Oslo, NO"\n"Doe, J";Rome\n', ';'],
    ['a quoted newline does not end the sample record', 'a;b\n"x,\ny,z";1\n', ';'],
    ['one column falls back to commas', 'name\nAda\nBob\n', ','],
    ['inconsistent rows: the header decides', 'a;b;c\n1;2\n', ';'],
  ])('%s', (_, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});
