import { UsageError } from './usage-error.ts';

/**
 * A whole number from min (default 1) to max from an option, or undefined when
 * the option is absent. Plain decimal digits only: `0x10`, `1e2`, `1.0` and
 * ` 5` are refused rather than read as 16, 100, 1 and 5.
 */
export function integerOption(text: string | undefined, options: { flag: string; command: string; min?: number; max?: number }): number | undefined {
  if (text === undefined) return undefined;
  const { flag, command } = options;
  const min = options.min ?? 1;
  const max = options.max ?? Number.MAX_SAFE_INTEGER;
  const range = options.max === undefined ? `≥ ${min}` : `from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}`;
  if (!/^[0-9]+$/.test(text)) throw new UsageError(`${command}: --${flag} must be a whole number ${range} in plain digits, got "${text}"`);
  const n = Number(text);
  if (n < min || n > max) throw new UsageError(`${command}: --${flag} must be a whole number ${range}, got ${text}`);
  return n;
}
