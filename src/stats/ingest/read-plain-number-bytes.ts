const PLUS = 43;
const MINUS = 45;
const POINT = 46;
const ZERO = 48;
const NINE = 57;
const ascii = new TextDecoder();

/** Where readPlainNumberBytes leaves the digits after the point of the number it read. */
export interface PlainNumberOut {
  decimals: number;
}

/**
 * readNumber (schema/numeric-text.ts) of the text that UTF-8 bytes [start,
 * end) spell, for its common spellings only ("-12", "3.25", "7."), read from
 * the bytes so no string is made: the value, with its digits after the point
 * in `out`. NaN for every other spelling (spaces, an exponent, a leading
 * point or zero, a letter, ''), which readNumber must decide from the text.
 * Same digits, same rounding as readNumber, so the value is identical.
 */
export function readPlainNumberBytes(buf: Uint8Array, start: number, end: number, out: PlainNumberOut): number {
  const sign = buf[start];
  let i = sign === MINUS || sign === PLUS ? start + 1 : start;
  const intStart = i;
  // The digits as one integer: exact below 2^53, and m / 10^k is then rounded once, as Number(text) rounds.
  let m = 0;
  let c: number;
  for (; i < end && (c = buf[i]) >= ZERO && c <= NINE; i++) m = m * 10 + c - ZERO;
  if (i === intStart || (i - intStart > 1 && buf[intStart] === ZERO)) return NaN;
  let decimals = 0;
  let point = 0;
  if (i < end) {
    if (buf[i] !== POINT) return NaN;
    point = 1;
    const fracStart = ++i;
    for (; i < end && (c = buf[i]) >= ZERO && c <= NINE; i++) m = m * 10 + c - ZERO;
    if (i < end) return NaN;
    decimals = end - fracStart;
  }
  out.decimals = decimals;
  if (end - intStart - point > 15) return Number(ascii.decode(buf.subarray(start, end))); // more digits than m holds exactly
  const value = m / 10 ** decimals;
  return sign === MINUS ? -value : value;
}
