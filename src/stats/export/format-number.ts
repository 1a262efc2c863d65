import type { NumericSchema } from '../schema.ts';

/**
 * A number written the way its column was written: padded to `decimals`
 * places when the column always wrote them ("0.0"), else the shortest form
 * with at most `decimals` places ("18", "40.3"). Missing (NaN) is ''.
 */
export function formatNumber(value: number, schema: NumericSchema): string {
  if (Number.isNaN(value)) return '';
  let text = value.toFixed(schema.decimals);
  if (schema.fixedDecimals !== true && text.includes('.') && !text.includes('e')) text = text.replace(/\.?0+$/, '');
  // A tiny negative that rounds to zero would read "-0.0"; nobody writes that.
  return /^-0(?:\.0*)?$/.test(text) ? text.slice(1) : text;
}
