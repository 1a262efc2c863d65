import type { RawColumn } from '../raw-table.ts';

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
  private readonly values: string[] = [];
  private codes = new Uint32Array(INITIAL_ROWS);
  private length = 0;
  /** The code of '' once a missing value has been seen; -1 before. */
  private missingCode = -1;
  // Distinct spellings ("entries"), their bytes in `pool`, and an open-addressed table of entry + 1.
  private slots = new Int32Array(INITIAL_SLOTS);
  private entryHash = new Int32Array(INITIAL_SLOTS / 2);
  private entryStart = new Int32Array(INITIAL_SLOTS / 2);
  private entryCode = new Int32Array(INITIAL_SLOTS / 2);
  /** Rows per entry, counted for missing spellings only. */
  private entryRows = new Int32Array(INITIAL_SLOTS / 2);
  private readonly entryText: string[] = [];
  private entries = 0;
  private pool = new Uint8Array(4096);
  private poolLength = 0;

  constructor(name: string, missingTokens: readonly string[]) {
    this.name = name;
    this.missing = new Set(missingTokens);
  }

  /** Appends the value spelled by bytes [start, end) of `buf`; throws NotUtf8Error on bytes that are not UTF-8. */
  push(buf: Uint8Array, start: number, end: number): void {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i], 0x01000193);
    // FNV's low bits mix poorly and the table indexes by them: finish as murmur3 does.
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h ^= h >>> 13;
    const mask = this.slots.length - 1;
    let slot = h & mask;
    let e: number;
    for (;;) {
      e = this.slots[slot] - 1;
      if (e < 0) {
        e = this.addEntry(buf, start, end, h);
        break;
      }
      if (this.entryHash[e] === h && this.sameBytes(e, buf, start, end)) break;
      slot = (slot + 1) & mask;
    }
    const code = this.entryCode[e];
    if (code === this.missingCode) this.entryRows[e]++;
    if (this.length === this.codes.length) this.codes = grow(this.codes, this.length * 2);
    this.codes[this.length++] = code;
  }

  build(): RawColumn {
    const column = { name: this.name, values: this.values, codes: this.codes.slice(0, this.length) };
    const spellings = new Map<string, number>();
    for (let e = 0; e < this.entries; e++) if (this.entryCode[e] === this.missingCode) spellings.set(this.entryText[e], this.entryRows[e]);
    return spellings.size > 0 ? { ...column, missingSpellings: spellings } : column;
  }

  private sameBytes(e: number, buf: Uint8Array, start: number, end: number): boolean {
    const at = this.entryStart[e];
    if (this.entryStart[e + 1] - at !== end - start) return false;
    const pool = this.pool;
    for (let i = 0; i < end - start; i++) if (pool[at + i] !== buf[start + i]) return false;
    return true;
  }

  private addEntry(buf: Uint8Array, start: number, end: number, h: number): number {
    const text = decodeUtf8(buf, start, end);
    const e = this.entries++;
    if (e + 2 > this.entryHash.length) {
      const n = this.entryHash.length * 2;
      this.entryHash = grow(this.entryHash, n);
      this.entryStart = grow(this.entryStart, n);
      this.entryCode = grow(this.entryCode, n);
      this.entryRows = grow(this.entryRows, n);
    }
    const size = end - start;
    if (this.poolLength + size > this.pool.length) this.pool = grow(this.pool, Math.max(this.pool.length * 2, this.poolLength + size));
    const pool = this.pool;
    for (let i = 0, at = this.poolLength; i < size; i++) pool[at + i] = buf[start + i];
    this.entryStart[e] = this.poolLength;
    this.poolLength += size;
    this.entryStart[e + 1] = this.poolLength;
    this.entryHash[e] = h;
    this.entryText.push(text);
    if (this.missing.has(text) || text === '') {
      if (this.missingCode < 0) {
        this.missingCode = this.values.length;
        this.values.push('');
      }
      this.entryCode[e] = this.missingCode;
    } else {
      this.entryCode[e] = this.values.length;
      this.values.push(text);
    }
    if (this.entries * 2 > this.slots.length) this.rehash();
    else this.place(e);
    return e;
  }

  private place(e: number): void {
    const mask = this.slots.length - 1;
    let slot = this.entryHash[e] & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = e + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let e = 0; e < this.entries; e++) this.place(e);
  }
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
