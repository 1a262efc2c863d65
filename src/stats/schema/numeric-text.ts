/**
 * A written number: optional sign, digits with an optional decimal point,
 * optional exponent; spaces around it are allowed. Leading zeros ("007",
 * zip codes) are not numbers here: reading them as such would lose the zeros.
 */
const NUMBER = /^\s*[+-]?(?:\d+(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d+))?\s*$/;
const LEADING_ZERO = /^\s*[+-]?0\d/;

export interface WrittenNumber {
  readonly value: number;
  /** Digits after the point as written, less the exponent: 1.25 → 2, 1.5e-3 → 4, 12e2 → 0. */
  readonly decimals: number;
}

export function readNumber(text: string): WrittenNumber | null {
  const plain = readPlainNumber(text);
  if (plain !== undefined) return plain;
  const m = NUMBER.exec(text);
  if (m === null || LEADING_ZERO.test(text)) return null;
  const fraction = (m[1] ?? m[2] ?? '').length;
  const exponent = m[3] === undefined ? 0 : Number(m[3]);
  return { value: Number(text), decimals: Math.max(0, fraction - exponent) };
}

/**
 * The common spellings ("-12", "3.25") without the regular expressions, which
 * cost more than the rest of a million-row load's typing: undefined for
 * anything else (spaces, exponents, a leading point), which NUMBER decides.
 */
function readPlainNumber(text: string): WrittenNumber | null | undefined {
  const n = text.length;
  const sign = text.charCodeAt(0);
  let i = sign === 45 || sign === 43 ? 1 : 0;
  const intStart = i;
  // The digits as one integer: exact below 2^53, and m / 10^k is then rounded once, as Number(text) rounds.
  let m = 0;
  for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) m = m * 10 + c - 48;
  if (i === intStart) return undefined;
  if (i - intStart > 1 && text.charCodeAt(intStart) === 48) return null; // LEADING_ZERO
  let decimals = 0;
  let point = 0;
  if (i < n) {
    point = 1;
    if (text.charCodeAt(i) !== 46) return undefined;
    const fracStart = ++i;
    for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) m = m * 10 + c - 48;
    if (i < n) return undefined;
    decimals = n - fracStart;
  }
  if (n - intStart - point > 15) return { value: Number(text), decimals }; // more digits than m holds exactly
  const value = m / 10 ** decimals;
  return { value: sign === 45 ? -value : value, decimals };
}

/**
 * `integer`, `decimals` and `fixedDecimals` of a numeric column from its
 * distinct written values (missing ones already left out), or null if any is
 * not a number. `fixedDecimals` tells a writer whether to pad every value to
 * `decimals` places ("0.0" in seattle-weather) or to write the shortest form
 * (penguins writes "40.3" and "18" in one column).
 */
export function summarizeNumbers(values: readonly string[]): NumberSummary | null {
  let decimals = 0;
  let shortest = Infinity;
  for (const text of values) {
    const n = readNumber(text);
    if (n === null) return null;
    if (n.decimals > decimals) decimals = n.decimals;
    if (n.decimals < shortest) shortest = n.decimals;
  }
  return summarizeDecimals(decimals, shortest);
}

export interface NumberSummary {
  readonly integer: boolean;
  readonly decimals: number;
  readonly fixedDecimals: boolean;
}

/** summarizeNumbers from the most and the fewest digits after the point among the numbers (0 and Infinity for none). */
export function summarizeDecimals(most: number, fewest: number): NumberSummary {
  return { integer: most === 0, decimals: most, fixedDecimals: fewest === Infinity || fewest === most };
}
