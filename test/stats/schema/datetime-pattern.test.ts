import { describe, expect, it } from 'vitest';
import { compileDatetimeFormat } from '../../../src/stats/schema/datetime-pattern.ts';

describe('compileDatetimeFormat', () => {
  it('expands macros into the directives they stand for and joins the literals around them', () => {
    const compiled = compileDatetimeFormat('at %T!');
    expect('parts' in compiled && compiled.parts.map((p) => (p.kind === 'literal' ? p.text : '#'))).toEqual(['at ', '#', ':', '#', ':', '#', '!']);
  });

  it('reads %-x as unpadded, %% as a percent sign', () => {
    const compiled = compileDatetimeFormat('%-d%%');
    expect(compiled).toEqual({
      parts: [
        { kind: 'directive', directive: { kind: 'number', field: 'day', width: 2, pad: '0' }, padded: false },
        { kind: 'literal', text: '%' },
      ],
    });
  });

  it.each([
    ['%Q', 'uses an unknown directive %Q; use Python strftime directives'],
    ['%Y-%m-%d %E', 'uses an unknown directive %E; use Python strftime directives'],
    ['%:x', 'uses an unknown directive %:x; use Python strftime directives'],
    ['%3d', 'uses an unknown directive %3d; use Python strftime directives'],
    ['%-', 'uses an unknown directive %-; use Python strftime directives'],
    ['100%', 'ends with a lone %; write %% for a percent sign'],
    ['%Y week %U', 'uses %U (week of the year), a directive Synthor cannot turn back into a date; write the date with %Y %m %d or %Y %j'],
    ['%G-W%V', 'uses %G (ISO year), a directive Synthor cannot turn back into a date; write the date with %Y %m %d or %Y %j'],
    ['%-b %Y', 'uses %-b, but only numbers can be written without padding; drop the "-"'],
    ['%-F', 'uses %-F, but only numbers can be written without padding; drop the "-"'],
  ])('%s: %s', (format, problem) => {
    expect(compileDatetimeFormat(format)).toEqual({ problem });
  });
});
