import { describe, expect, it } from 'vitest';
import { handoverText, llmUsageText } from '../../src/ui/llm-usage-text.ts';
import type { IterationReport } from '../../src/workers/synth-api.ts';
import { iterationReport } from './iteration-report-fixture.ts';

const BASE = iterationReport();

describe('llmUsageText', () => {
  it.each<[string, Partial<IterationReport>, string | null]>([
    ['no usage (statistical planner)', {}, null],
    [
      'a first answer that worked',
      { usage: { promptTokens: 2500, completionTokens: 120 }, attempts: 1, outputTokensPerRow: 4 },
      '60.0 tokens/s · 4.00 output tokens per row · 2,500 prompt + 120 completion tokens',
    ],
    [
      'a retry, then a fallback (no tokens per row)',
      { usage: { promptTokens: 5000, completionTokens: 300 }, attempts: 2, fallbackReason: 'tiny.gguf ran out of tokens, twice' },
      '150.0 tokens/s · 5,000 prompt + 300 completion tokens · 2 answers asked for',
    ],
    ['an error before any token', { usage: { promptTokens: 0, completionTokens: 0 }, attempts: 1 }, '0 prompt + 0 completion tokens'],
  ])('%s', (_label, extra, expected) => {
    expect(llmUsageText({ ...BASE, ...extra })).toBe(expected);
  });
});

describe('handoverText', () => {
  const report = (iteration: number, planner: string, extra: Partial<IterationReport> = {}): IterationReport => ({ ...BASE, iteration, planner, ...extra });
  const usage = { promptTokens: 900, completionTokens: 250 };

  it('says which iterations the model planned, what it cost per row, and who planned the rest', () => {
    const history = [
      report(1, 'llm', { usage, attempts: 2 }),
      report(2, 'llm', { usage }),
      report(3, 'llm', { usage }),
      report(4, 'statistical'),
      report(5, 'statistical'),
    ];
    expect(handoverText(history, 10_000)).toBe(
      'The model planned iterations 1–3 (4 calls, 750 output tokens, 0.08 per row); the statistical planner the rest.',
    );
    expect(handoverText(history.slice(0, 1), 100)).toBe('The model planned iteration 1 (2 calls, 250 output tokens, 2.50 per row).');
  });

  it('says nothing for a run no model planned', () => {
    expect(handoverText([report(1, 'statistical'), report(2, 'statistical')], 300)).toBeNull();
    expect(handoverText([], 300)).toBeNull();
  });
});
