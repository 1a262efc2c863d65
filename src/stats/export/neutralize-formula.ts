import { readNumber } from '../schema/numeric-text.ts';

/** First characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"). */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * A text cell made safe to open in a spreadsheet: a leading `'` when it would
 * start a formula (`=SUM(A1)` → `'=SUM(A1)`). A plain number such as "-5" is
 * left alone: a spreadsheet reads it as the number it is, and prefixing it
 * would change the data.
 */
export function neutralizeFormula(text: string): string {
  if (text.length === 0 || !TRIGGERS.has(text[0]) || readNumber(text) !== null) return text;
  return `'${text}`;
}
