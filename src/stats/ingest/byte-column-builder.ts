import type { RawColumn } from '../raw-table.ts';
import { NumberCodes } from './number-codes.ts';
import { fieldHash } from './record-scanner.ts';

const INITIAL_ROWS = 1024;
const INITIAL_SLOTS = 256;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A field whose bytes are not UTF-8: the whole file must be read in another encoding. */
export class NotUtf8Error extends Error {
  constructor() {
    super('not UTF-8');
  }
}

/**
 * Dictionary-encodes one column straight from UTF-8 bytes: each field's bytes
 * are hashed and looked up among the distinct spellings seen so far, so a
 * string is made only for a spelling's first occurrence and a repeated value
 * costs a hash and a byte compare. Missing tokens all share the code of ''
 * (in a RawTable '' is the only spelling of "missing"); how often each
 * missing spelling occurred is counted per spelling (RawColumn.missingSpellings).
 */
export class ByteColumnBuilder {
  readonly name: string;
  private readonly missing: ReadonlySet<string>;
  /** Longest missing token in bytes: longer fields skip the set lookup. */
  private readonly missingBytes: number;
  /** Each code's text, once the column holds a value that is not a plain number (`numbers` is then null). */
  private values: string[] = [];
  /** Each code's number while every value is a plain number or missing: no strings made (see RawColumn.numbers). */
  private numbers: NumberCodes | null = new NumberCodes();
  private codeCount = 0;
  private codes = new Uint32Array(INITIAL_ROWS);
  private length = 0;
  /** The code of '' once a missing value has been seen; -1 before. */
  private missingCode = -1;
  /** Open-addressed table of (hash, entry + 1) pairs, so a probe reads one place. */
  private slots = new Int32Array(2 * INITIAL_SLOTS);
  /** Distinct spellings ("entries"): bytes [entryStart[e], entryStart[e + 1]) of `pool`, and their code. */
  private entryStart = new Int32Array(INITIAL_SLOTS / 2);
  private entryCode = new Int32Array(INITIAL_SLOTS / 2);
  private entries = 0;
  private pool = new Uint8Array(4096);
  private poolLength = 0;
  /** Missing spellings: entry → [text, rows], in order of first appearance. */
  private readonly missingEntries = new Map<number, [string, number]>();

  constructor(name: string, missingTokens: readonly string[]) {
    this.name = name;
    this.missing = new Set(missingTokens);
    this.missingBytes = Math.max(0, ...missingTokens.map((t) => new TextEncoder().encode(t).length));
  }

  /** Appends the value spelled by bytes [start, end) of `buf`; throws NotUtf8Error on bytes that are not UTF-8. */
  push(buf: Uint8Array, start: number, end: number): void {
    this.pushHashed(buf, start, end, fieldHash(buf, start, end));
  }

  /** push() with the bytes' fieldHash already known (the scanner computes it as it goes). */
  pushHashed(buf: Uint8Array, start: number, end: number, fnv: number): void {
    // FNV's low bits mix poorly and the table indexes by them: finish as murmur3 does.
    let h = Math.imul(fnv ^ (fnv >>> 16), 0x85ebca6b);
    h ^= h >>> 13;
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let slot = h & mask;
    let e: number;
    for (;;) {
      e = slots[2 * slot + 1] - 1;
      if (e < 0) {
        e = this.addEntry(buf, start, end, h);
        break;
      }
      if (slots[2 * slot] === h && this.sameBytes(e, buf, start, end)) break;
      slot = (slot + 1) & mask;
    }
    const code = this.entryCode[e];
    if (code === this.missingCode) (this.missingEntries.get(e) as [string, number])[1]++;
    if (this.length === this.codes.length) this.codes = grow(this.codes, this.length * 2);
    this.codes[this.length++] = code;
  }

  build(): RawColumn {
    const { name, numbers } = this;
    const codes = this.codes.slice(0, this.length);
    const spellings = this.missingEntries.size === 0 ? {} : { missingSpellings: new Map([...this.missingEntries.values()]) };
    if (numbers === null || numbers.length === (this.missingCode < 0 ? 0 : 1)) {
      return { name, values: numbers === null ? this.values : textsOf(numbers, this.pool, this.entryStart), codes, ...spellings };
    }
    // Made on first use from the spellings' bytes, which only the closure keeps.
    const { pool, entryStart } = this;
    let values: string[] | undefined;
    const texts = () => (values ??= textsOf(numbers, pool, entryStart));
    const column: RawColumn = {
      name,
      get values() {
        return texts();
      },
      codes,
      ...spellings,
    };
    return Object.defineProperty(column, 'numbers', { value: numbers.build(), enumerable: false });
  }

  private sameBytes(e: number, buf: Uint8Array, start: number, end: number): boolean {
    const at = this.entryStart[e];
    if (this.entryStart[e + 1] - at !== end - start) return false;
    const pool = this.pool;
    for (let i = 0; i < end - start; i++) if (pool[at + i] !== buf[start + i]) return false;
    return true;
  }

  private addEntry(buf: Uint8Array, start: number, end: number, h: number): number {
    const size = end - start;
    // While the column is all numbers, a string is made only for what may be a missing token.
    const text = this.numbers === null || size <= this.missingBytes ? decodeUtf8(buf, start, end) : null;
    const e = this.entries++;
    if (e + 2 > this.entryStart.length) {
      const n = this.entryStart.length * 2;
      this.entryStart = grow(this.entryStart, n);
      this.entryCode = grow(this.entryCode, n);
    }
    if (this.poolLength + size > this.pool.length) this.pool = grow(this.pool, Math.max(this.pool.length * 2, this.poolLength + size));
    const pool = this.pool;
    for (let i = 0, at = this.poolLength; i < size; i++) pool[at + i] = buf[start + i];
    this.entryStart[e] = this.poolLength;
    this.poolLength += size;
    this.entryStart[e + 1] = this.poolLength;
    if (text !== null && size <= this.missingBytes && (text === '' || this.missing.has(text))) {
      if (this.missingCode < 0) {
        this.missingCode = this.codeCount++;
        if (this.numbers === null) this.values.push('');
        else this.numbers.addMissing();
      }
      this.entryCode[e] = this.missingCode;
      this.missingEntries.set(e, [text, 0]);
    } else {
      if (this.numbers !== null && !this.numbers.add(buf, start, end, e)) {
        this.values = textsOf(this.numbers, this.pool, this.entryStart);
        this.numbers = null;
      }
      if (this.numbers === null) this.values.push(text ?? decodeUtf8(buf, start, end));
      this.entryCode[e] = this.codeCount++;
    }
    if (this.entries * 4 > this.slots.length) this.rehash();
    this.place(e, h);
    return e;
  }

  private place(e: number, h: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let slot = h & mask;
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = h;
    slots[2 * slot + 1] = e + 1;
  }

  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) if (old[i + 1] !== 0) this.place(old[i + 1] - 1, old[i]);
  }
}

/** The text of every code of `numbers`, from the bytes of the entry spelling it: [starts[e], starts[e + 1]) of `pool`. */
function textsOf(numbers: NumberCodes, pool: Uint8Array, starts: Int32Array): string[] {
  const texts: string[] = [];
  for (let code = 0; code < numbers.length; code++) {
    const e = numbers.entry(code);
    texts.push(e < 0 ? '' : decodeUtf8(pool, starts[e], starts[e + 1]));
  }
  return texts;
}

function grow<T extends Int32Array | Uint32Array | Uint8Array>(a: T, n: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}

/** Short ASCII without the decoder's call overhead (most fields); anything else strictly as UTF-8. */
export function decodeUtf8(buf: Uint8Array, start: number, end: number): string {
  if (end - start <= 12) {
    // Short strings concatenate flat in V8, and no subarray is made.
    let text = '';
    let i = start;
    while (i < end && buf[i] < 0x80) text += String.fromCharCode(buf[i++]);
    if (i === end) return text;
  }
  try {
    return utf8.decode(buf.subarray(start, end));
  } catch {
    throw new NotUtf8Error();
  }
}
