/** A decimal number as people write one: `0.5`, `-3`, `1e-6`; nothing around it. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The number a decimal option value writes, or NaN: unlike Number(), `0x10`,
 * `0b1`, `''` and ` 1 ` are not numbers here (Number reads them as 16, 1, 0 and 1).
 */
export function decimalNumber(text: string): number {
  return DECIMAL.test(text) ? Number(text) : NaN;
}
