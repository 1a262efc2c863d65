import type { IterationReport } from '../../src/workers/synth-api.ts';

/** An add iteration of the LLM planner, 2 s long, with nothing else to say: tests override what they check. */
export function iterationReport(extra: Partial<IterationReport> = {}): IterationReport {
  return {
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
    ...extra,
  };
}
