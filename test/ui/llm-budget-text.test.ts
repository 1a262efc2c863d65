import { describe, expect, it } from 'vitest';
import { budgetText, speedText } from '../../src/ui/llm-budget-text.ts';
import { llmBudgetFor, type IterationReport } from '../../src/workers/synth-api.ts';
import { iterationReport } from './iteration-report-fixture.ts';

const report = (iteration: number, extra: Partial<IterationReport>): IterationReport =>
  iterationReport({ iteration, rows: 100, added: 100, elapsedMs: 1000, ...extra });

describe('llmBudgetFor', () => {
  it('gives a call for the column groups and two per plan (a retry each): the default 3 plans are 8 calls', () => {
    expect(llmBudgetFor(3)).toEqual({ plans: 3, calls: 8 });
    expect(llmBudgetFor(0)).toEqual({ plans: 0, calls: 2 });
  });
});

describe('budgetText', () => {
  it('says what the model does, and that its speed is measured on its first answers before any', () => {
    expect(budgetText(3, [])).toBe(
      'The model writes the column groups and the first 3 plans (at most 8 calls); the statistical planner the rest. Its speed is measured on its first answers.',
    );
    expect(budgetText(0, [report(1, { planner: 'statistical' })])).toBe(
      'The model writes only the column groups (1 call); the statistical planner plans every iteration. Its speed is measured on its first answers.',
    );
  });

  it('estimates the longest time from the speed and answer length of its last run', () => {
    // 300 tokens in 20 s over 3 calls: 15 tokens/s, 100 tokens a call; 8 calls at most: 800 tokens, about 53 s.
    const history = [
      report(1, { usage: { promptTokens: 900, completionTokens: 200 }, attempts: 2, elapsedMs: 12_000 }),
      report(2, { usage: { promptTokens: 900, completionTokens: 100 }, attempts: 1, elapsedMs: 8_000 }),
      report(3, { planner: 'statistical', elapsedMs: 50 }),
    ];
    expect(budgetText(3, history)).toBe(
      'The model writes the column groups and the first 3 plans (at most 8 calls); the statistical planner the rest. At the 15.0 tokens/s of its last answers, at most about 53 s.',
    );
    expect(budgetText(30, history)).toMatch(/first 30 plans \(at most 62 calls\).*at most about 7 min\.$/);
  });

  it('before any run, estimates the longest time from the speed measured at load, every prompt and answer at its longest', () => {
    // A 4,096-token context: 1,024 answer tokens at 10/s (102.4 s) and 3,072 prompt tokens at 100/s (30.72 s) a call; 8 calls: about 18 min.
    const model = { contextLength: 4096, speed: { promptTokensPerSecond: 100, outputTokensPerSecond: 10 } };
    expect(budgetText(3, [], model)).toBe(
      'The model writes the column groups and the first 3 plans (at most 8 calls); the statistical planner the rest. Measured at load it reads ~100 tokens/s, writes ~10 tokens/s: at most about 18 min (every prompt and answer at its longest).',
    );
    expect(speedText({ promptTokensPerSecond: 1234.5, outputTokensPerSecond: 2.345 })).toBe('reads ~1,235 tokens/s, writes ~2.3 tokens/s');
    // A model loaded without a measured speed: no estimate yet.
    expect(budgetText(3, [], { contextLength: 4096 })).toMatch(/Its speed is measured on its first answers\.$/);
  });
});
