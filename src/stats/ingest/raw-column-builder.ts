import { grow } from './grow-typed-array.ts';
import type { RawColumn } from '../raw-table.ts';
import { MISSING_TOKENS } from '../schema/missing-tokens.ts';

const INITIAL_CAPACITY = 1024;

/**
 * Dictionary-encodes one column as values arrive, so a big file never exists as
 * arrays of strings. Missing tokens all share the code of '' — in a RawTable,
 * '' is the only spelling of "missing" — and the check runs only once per
 * distinct value, not once per row. How often each missing spelling occurred
 * is counted on the side (RawColumn.missingSpellings).
 */
export class RawColumnBuilder {
  readonly name: string;
  private readonly missing: ReadonlySet<string>;
  private readonly codeOf = new Map<string, number>();
  private readonly values: string[] = [];
  private codes = new Uint32Array(INITIAL_CAPACITY);
  private length = 0;
  /** The code of '' once a missing value has been seen; -1 before. */
  private missingCode = -1;
  private readonly missingSpellings = new Map<string, number>();

  constructor(name: string, missingTokens: readonly string[] = MISSING_TOKENS) {
    this.name = name;
    this.missing = new Set(missingTokens);
  }

  push(text: string): void {
    let code = this.codeOf.get(text);
    if (code === undefined) code = this.addDistinct(text);
    // Only missing rows pay for a map update; present values cost one comparison.
    if (code === this.missingCode) this.missingSpellings.set(text, (this.missingSpellings.get(text) ?? 0) + 1);
    if (this.length === this.codes.length) this.codes = grow(this.codes, this.codes.length * 2);
    this.codes[this.length++] = code;
  }

  build(): RawColumn {
    const column = { name: this.name, values: this.values, codes: this.codes.slice(0, this.length) };
    return this.missingSpellings.size > 0 ? { ...column, missingSpellings: new Map(this.missingSpellings) } : column;
  }

  private addDistinct(text: string): number {
    const spelled = this.missing.has(text) ? '' : text;
    let code = this.codeOf.get(spelled);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(spelled);
      this.codeOf.set(spelled, code);
      if (spelled === '') this.missingCode = code;
    }
    this.codeOf.set(text, code);
    return code;
  }
}
