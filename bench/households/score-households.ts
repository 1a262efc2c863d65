import { median } from '../ecommerce/median-metrics.ts';
import { identicalShare } from './identical-households.ts';
import { ruleViolations, type RuleViolations } from './household-rules.ts';
import type { Population } from './population.ts';
import { queryErrors, summarize, type QueryErrors } from './query-errors.ts';
import type { Reference } from './reference.ts';

/** Everything the bench says about one synthetic (or held-out real) population against the real one. */
export interface HouseholdScores {
  readonly households: number;
  readonly persons: number;
  readonly queries: QueryErrors;
  readonly violations: RuleViolations;
  readonly identical: number;
}

export function scoreHouseholds(options: { real: Population; synthetic: Population; reference: Reference }): HouseholdScores {
  const { real, synthetic, reference } = options;
  return {
    households: synthetic.households.length,
    persons: synthetic.persons.length,
    queries: queryErrors({ real, synthetic, reference }),
    violations: ruleViolations(synthetic, reference),
    identical: identicalShare({ real, synthetic }),
  };
}

/** Per number, the median over runs (seeds); category and overall errors are means of the per-query medians. */
export function medianScores(runs: readonly HouseholdScores[]): HouseholdScores {
  if (runs.length === 0) throw new RangeError('bench: no runs to take a median of');
  const m = (pick: (s: HouseholdScores) => number) => median(runs.map(pick));
  const first = runs[0];
  return {
    households: m((s) => s.households),
    persons: m((s) => s.persons),
    queries: summarize(
      first.queries.queries.map((q, i) => ({
        ...q,
        synthetic: m((s) => s.queries.queries[i].synthetic),
        error: m((s) => s.queries.queries[i].error),
      })),
    ),
    violations: {
      household: m((s) => s.violations.household),
      person: m((s) => s.violations.person),
      rules: first.violations.rules.map((r, i) => ({
        ...r,
        count: m((s) => s.violations.rules[i].count),
        share: m((s) => s.violations.rules[i].share),
      })),
    },
    identical: m((s) => s.identical),
  };
}
