import type { Condition } from '../rules/rule.ts';

/**
 * A what-if as an edit of the targets (issue #14): the records matching
 * `target` are scaled by `factor` inside the records matching `context`
 * (all records without one), whose total stays what it was — "+30% of
 * destination = LAS in time_bin = 20-24" makes LAS 30% more of the 20–24
 * trips and leaves how many trips leave in 20–24, and every other hour,
 * untouched.
 */
export interface Scenario {
  readonly text: string;
  readonly factor: number;
  readonly target: readonly Condition[];
  readonly context: readonly Condition[];
}
