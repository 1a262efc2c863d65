import type { UtilityTarget } from '../workers/synth-api.ts';

/**
 * The column the utility section predicts unless the user picks another: the
 * last classification column (tables tend to put the label last: Adult's
 * income, many others), else the last numeric one; null when there is none.
 */
export function defaultUtilityTarget(targets: readonly UtilityTarget[]): UtilityTarget | null {
  return targets.findLast((t) => t.task !== 'regression') ?? targets.at(-1) ?? null;
}

/** A binary target's positive class by default: the rarer one (its classes are [negative, positive]); '' otherwise. */
export function defaultPositive(target: UtilityTarget | null | undefined): string {
  return target?.task === 'binary' ? target.classes[1] : '';
}
