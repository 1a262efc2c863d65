import { compileDatetimeFormat } from './datetime-pattern.ts';
import type { ClockField } from './wall-clock.ts';

const UNIT_MS: Partial<Record<ClockField, number>> = {
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  hour12: 3_600_000,
  pm: 43_200_000,
};
const DAY_MS = 86_400_000;

/**
 * The finest step, in ms, between two values the format writes differently:
 * 0.001 with %f (microseconds), 1 with %3f, 1000 with %S, … a day when only
 * the date is written. Sampled values are put on this grid so they look like
 * the input.
 */
export function datetimeResolution(format: string): number {
  const compiled = compileDatetimeFormat(format);
  if (!('parts' in compiled)) throw new Error(`datetimeResolution: format "${format}" ${compiled.problem}`);
  let step = DAY_MS;
  for (const part of compiled.parts) {
    if (part.kind !== 'directive') continue;
    const d = part.directive;
    if (d.kind === 'number' && d.fraction) step = Math.min(step, 10 ** (3 - d.width));
    else if (d.kind === 'number' || d.kind === 'name') step = Math.min(step, UNIT_MS[d.field] ?? DAY_MS);
  }
  return step;
}
