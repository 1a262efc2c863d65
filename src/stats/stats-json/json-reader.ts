import { InputError } from '../input-error.ts';

/**
 * Typed reads from untrusted parsed JSON; every failure is one InputError that
 * names the source file and the path of the bad value ("stats.json: axes[2].edges: …").
 * Parse at the edge, trust inside: after this, targets are plain typed data.
 */
export class JsonReader {
  constructor(
    readonly source: string,
    readonly path: string,
    readonly value: unknown,
  ) {}

  fail(problem: string): never {
    throw new InputError(`${this.source}: ${this.path || '(top level)'}: ${problem}`);
  }

  at(key: string | number): JsonReader {
    const record = this.value as Record<string | number, unknown>;
    const path = typeof key === 'number' ? `${this.path}[${key}]` : this.path ? `${this.path}.${key}` : key;
    return new JsonReader(this.source, path, record[key]);
  }

  /** Whether an object has the key at all (an optional field given or not). */
  has(key: string): boolean {
    // Own keys only: "constructor" or "__proto__" in a column name must not find Object.prototype's.
    const v = this.value;
    return typeof v === 'object' && v !== null && Object.hasOwn(v, key) && (v as Record<string, unknown>)[key] !== undefined;
  }

  object(): this {
    if (typeof this.value !== 'object' || this.value === null || Array.isArray(this.value)) this.fail('expected an object');
    return this;
  }

  array(): JsonReader[] {
    if (!Array.isArray(this.value)) this.fail('expected an array');
    return (this.value as unknown[]).map((_, i) => this.at(i));
  }

  string(): string {
    if (typeof this.value !== 'string') this.fail(`expected a string, got ${JSON.stringify(this.value) ?? 'nothing'}`);
    return this.value as string;
  }

  boolean(): boolean {
    if (typeof this.value !== 'boolean') this.fail(`expected true or false, got ${JSON.stringify(this.value) ?? 'nothing'}`);
    return this.value as boolean;
  }

  number(): number {
    if (typeof this.value !== 'number' || !Number.isFinite(this.value)) {
      this.fail(`expected a finite number, got ${typeof this.value === 'number' ? String(this.value) : (JSON.stringify(this.value) ?? 'nothing')}`);
    }
    return this.value as number;
  }

  count(): number {
    const n = this.number();
    if (n < 0) this.fail(`expected a count (≥ 0), got ${n}`);
    return n;
  }

  numbers(): number[] {
    return this.array().map((r) => r.number());
  }

  strings(): string[] {
    return this.array().map((r) => r.string());
  }
}
