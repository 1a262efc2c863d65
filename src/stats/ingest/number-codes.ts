import type { RawNumbers } from '../raw-table.ts';
import { fitted, grow } from './grow-typed-array.ts';
import { readPlainNumberBytes, type PlainNumberOut } from './read-plain-number-bytes.ts';

const INITIAL_CODES = 128;

/**
 * A column's codes while every value it holds is a plain number (or missing):
 * per code, the number (NaN for the missing code), its digits after the point,
 * and the dictionary entry whose bytes spell it, so its text can still be
 * made when asked for. Arrays grow by doubling, unless reserved.
 */
export class NumberCodes {
  length = 0;
  /** True once a number with digits after the point was added. */
  fractions = false;
  private values = new Float64Array(INITIAL_CODES);
  private decimals = new Int32Array(INITIAL_CODES);
  private entries = new Int32Array(INITIAL_CODES);
  private readonly out: PlainNumberOut = { decimals: 0 };

  /** Adds the next code, spelled by bytes [start, end) of entry `entry`; false (nothing added) when they are not a plain number. */
  add(buf: Uint8Array, start: number, end: number, entry: number): boolean {
    const value = readPlainNumberBytes(buf, start, end, this.out);
    if (Number.isNaN(value)) return false;
    this.push(value, this.out.decimals, entry);
    return true;
  }

  /** Adds the missing code. */
  addMissing(): void {
    this.push(NaN, 0, -1);
  }

  /** Room for `codes` codes in all, so the arrays need not grow by doubling on the way. */
  reserve(codes: number): void {
    if (codes > this.values.length) this.resize(Math.ceil(codes));
  }

  /** The entry spelling code `code`, -1 for the missing code. */
  entry(code: number): number {
    return this.entries[code];
  }

  /** The text of code `code`, from the bytes of the entry spelling it in `spellings` ('' for the missing code). */
  text(spellings: { text(entry: number): string }, code: number): string {
    const e = this.entries[code];
    return e < 0 ? '' : spellings.text(e);
  }

  /** The text of every code (text). */
  texts(spellings: { text(entry: number): string }): string[] {
    return Array.from({ length: this.length }, (_, code) => this.text(spellings, code));
  }

  /** The numbers as a RawColumn carries them, `text` giving one code's text. */
  build(text: (code: number) => string): RawNumbers {
    return { values: fitted(this.values, this.length), decimals: fitted(this.decimals, this.length), text };
  }

  private push(value: number, decimals: number, entry: number): void {
    const i = this.length;
    if (i === this.values.length) this.resize(2 * i);
    this.values[i] = value;
    this.decimals[i] = decimals;
    if (decimals > 0) this.fractions = true;
    this.entries[i] = entry;
    this.length = i + 1;
  }

  private resize(n: number): void {
    this.values = grow(this.values, n);
    this.decimals = grow(this.decimals, n);
    this.entries = grow(this.entries, n);
  }
}
