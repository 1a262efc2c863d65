import { describe, expect, it } from 'vitest';
import { scenarioEditsNotes } from '../../src/ui/scenario-edits-text.ts';
import { withLines } from '../../src/ui/with-lines.ts';

describe('the model’s scenario edits in the Scenarios box', () => {
  it('adds the edits below the user’s lines, once each', () => {
    expect(withLines('', ['+30% Species = Gentoo'])).toEqual({ text: '+30% Species = Gentoo', added: ['+30% Species = Gentoo'] });
    const mine = '+10% Species = Adelie\n';
    expect(withLines(mine, ['+10% Species = Adelie', 'none Island = Dream', 'none Island = Dream'])).toEqual({
      text: '+10% Species = Adelie\nnone Island = Dream',
      added: ['none Island = Dream'],
    });
    expect(withLines(mine, ['+10% Species = Adelie'])).toEqual({ text: mine, added: [] });
  });

  it('says what was added, what does not apply and why nothing came', () => {
    const refused = [
      { text: '+10% Species = Emperor', why: 'scenario "+10% Species = Emperor": "Species" has no category "Emperor"' },
      { text: 'more', why: 'no change' },
    ];
    expect(scenarioEditsNotes({ edits: ['+30% Species = Gentoo'], refused }, ['+30% Species = Gentoo'])).toEqual([
      'Added to Scenarios, to check before you synthesize: +30% Species = Gentoo.',
      'Not an edit that applies: scenario "+10% Species = Emperor": "Species" has no category "Emperor".',
      'Not an edit that applies: more (no change).',
    ]);
    expect(scenarioEditsNotes({ edits: [], refused: [] }, [])[0]).toMatch(/^The model found no edit/);
    expect(scenarioEditsNotes({ edits: [], refused: [], failed: 'GPU device lost' }, [])).toEqual([
      'The model gave no edits (GPU device lost); the what-if stays free text for LLM planners.',
    ]);
  });
});
