import { UsageError } from './usage-error.ts';

/** A whole number ≥ min (default 1) from an option, or undefined when the option is absent. */
export function positiveInteger(text: string | undefined, options: { flag: string; command: string; min?: number }): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  const min = options.min ?? 1;
  if (!Number.isInteger(n) || n < min) {
    throw new UsageError(`${options.command}: --${options.flag} must be a whole number ≥ ${min}, got "${text}"`);
  }
  return n;
}
