import type { ColumnSchema, LoadedFileSummary, SchemaOverrides } from '../workers/synth-api.ts';
import type { SynthClient } from '../workers/synth-client.ts';

export type ColumnKind = ColumnSchema['kind'];

/** Every kind the Type select offers, in the order shown. */
export const COLUMN_KINDS: readonly ColumnKind[] = ['categorical', 'boolean', 'numeric', 'datetime', 'identifier', 'text'];

/**
 * The user's corrections to the inferred schema. Each change sends all of them
 * to the worker, which types the loaded strings again; only a typing that
 * worked replaces the summary, so a bad change keeps the previous schema.
 */
export class SchemaEditState {
  /** The corrections behind the schema on screen, by column. */
  overrides = $state.raw<SchemaOverrides>({});
  /** The worker's message for the last change, when it did not fit the data. */
  error = $state<string | null>(null);
  /** True while the worker re-types (controls stay enabled, so keyboard focus is never lost; changes queue). */
  busy = $state(false);

  readonly #client: SynthClient;
  readonly #retyped: (summary: LoadedFileSummary) => void;
  #queue: Promise<void> = Promise.resolve();

  constructor(options: { client: SynthClient; retyped: (summary: LoadedFileSummary) => void }) {
    this.#client = options.client;
    this.#retyped = options.retyped;
  }

  /** A new file starts from its inferred schema. */
  reset(): void {
    this.overrides = {};
    this.error = null;
  }

  setKind(column: string, kind: ColumnKind): Promise<void> {
    return this.#change(column, { kind });
  }

  setIncluded(column: string, included: boolean): Promise<void> {
    return this.#change(column, { included });
  }

  /** Changes run one after another, each on top of the last: a quick second change never loses the first. */
  #change(column: string, change: SchemaOverrides[string]): Promise<void> {
    this.#queue = this.#queue.then(() => this.#apply(column, change));
    return this.#queue;
  }

  async #apply(column: string, change: SchemaOverrides[string]): Promise<void> {
    const next = { ...this.overrides, [column]: { ...this.overrides[column], ...change } };
    this.busy = true;
    try {
      const result = await this.#client.api.retype(next);
      if (result.ok) {
        this.overrides = next;
        this.error = null;
        this.#retyped(result.value);
      } else {
        this.error = result.error.message;
      }
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.busy = false;
    }
  }
}
