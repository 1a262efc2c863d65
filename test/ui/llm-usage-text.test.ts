import { describe, expect, it } from 'vitest';
import { llmUsageText } from '../../src/ui/llm-usage-text.ts';
import type { IterationReport } from '../../src/workers/synth-api.ts';

const BASE: IterationReport = {
  iteration: 1,
  phase: 'add',
  rows: 30,
  added: 30,
  removed: 0,
  meanTvd: 0.2,
  tables: [],
  planner: 'llm',
  written: '{}',
  plan: { proposals: [] },
  repairs: [],
  fallback: false,
  ruleViolations: 0,
  elapsedMs: 2000,
};

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
