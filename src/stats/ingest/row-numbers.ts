import { grow } from './grow-typed-array.ts';

/** Spreadsheet row of each data row, kept only once blank lines make it differ from index + 2. */
export class RowNumbers {
  count = 0;
  private numbers: Uint32Array | null = null;
  private readonly firstDataRow: number;

  constructor(headerRow: number) {
    this.firstDataRow = headerRow + 1;
  }

  add(row: number): void {
    if (this.numbers === null && row !== this.firstDataRow + this.count) {
      this.numbers = new Uint32Array(Math.max(1024, this.count * 2));
      for (let i = 0; i < this.count; i++) this.numbers[i] = this.firstDataRow + i;
    }
    if (this.numbers !== null) {
      if (this.count === this.numbers.length) this.numbers = grow(this.numbers, this.numbers.length * 2);
      this.numbers[this.count] = row;
    }
    this.count++;
  }

  /** Null when every row is index + 2, the rule rowLabel() assumes by default. */
  build(): Uint32Array | null {
    if (this.numbers === null && this.firstDataRow === 2) return null;
    if (this.numbers === null) return Uint32Array.from({ length: this.count }, (_, i) => this.firstDataRow + i);
    return this.numbers.slice(0, this.count);
  }
}
