import type { NumericSchema } from '../schema.ts';

/**
 * A number written the way its column was written: padded to `decimals`
 * places when the column always wrote them ("0.0"), else the shortest form
 * with at most `decimals` places ("18", "40.3"). Missing (NaN) is ''.
 *
 * Written for a million rows at a time: whole numbers skip `toFixed`, and
 * trailing zeros are cut by character, not by regular expression.
 */
export function formatNumber(value: number, schema: NumericSchema): string {
  if (Number.isNaN(value)) return '';
  if (writtenWhole(value, schema)) return String(value);
  const padded = pads(schema);
  let text = value.toFixed(schema.decimals);
  if (!padded && text.includes('.') && !text.includes('e')) {
    let end = text.length;
    while (text.charCodeAt(end - 1) === 48) end--;
    if (text.charCodeAt(end - 1) === 46) end--;
    text = text.slice(0, end);
  }
  // A tiny negative that rounds to zero would read "-0.0"; nobody writes that.
  return text.startsWith('-0') && /^-0(?:\.0*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * Whether formatNumber writes `value` as String(value): a whole number below 1e15 in a column that does not
 * pad its decimals. String() of such a number is its digits (and "0" for −0), what toFixed and trimming give.
 */
export function writtenWhole(value: number, schema: NumericSchema): boolean {
  return !pads(schema) && Number.isInteger(value) && Math.abs(value) < 1e15;
}

/** Whether the column always wrote its decimals ("0.0"), so every value is padded to them. */
function pads(schema: NumericSchema): boolean {
  return schema.fixedDecimals === true && schema.decimals > 0;
}
