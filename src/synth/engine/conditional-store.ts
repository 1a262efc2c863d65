import { withRoom } from '../../stats/ingest/grow-typed-array.ts';

/** A table's conditionals are indexed by a dense array when its key space is at most this (else by a Map). */
const MAX_DENSE_KEYS = 1 << 20;
/** Per conditional in `#meta`: where its weights start, how many, where its open axes start, how many. */
const META = 4;

/**
 * The conditionals a CellSampler draws from — per table and key (which of
 * the table's axes are decided, and to what), the cumulative weights of the
 * cells of its open axes — laid end to end in a few typed arrays rather than
 * one object and four arrays each. A million records make some fourteen
 * million draws on Adult-like targets; each now reads the key's slot, the
 * conditional's four numbers, its guide and its weights, nearly all in
 * arrays that stay warm, instead of chasing a Map entry, an object and its
 * arrays. A pick is returned as the open axes' cells directly: cells are
 * enumerated with the last open axis fastest, so the index decodes by
 * division and no per-combination cell list is kept.
 */
export class ConditionalStore {
  /** Per table: slot per key holding id + 1 (0: not built yet, −1: nothing to draw), when the key space is small. */
  readonly #dense: (Int32Array | null)[];
  readonly #maps: Map<number, number>[];
  #meta = new Int32Array(META * 256);
  /** Per conditional, its weights' total: read beside its meta, not from the far end of its weights. */
  #totals = new Float64Array(256);
  #count = 0;
  #cumulative = new Float64Array(4096);
  /** Chen and Asau's guide table per conditional, at the same offsets as its weights (see weighted-pick.ts). */
  #guide = new Int32Array(4096);
  #used = 0;
  /** Open axes, and their sizes, per conditional. */
  #open = new Int32Array(256);
  #sizes = new Int32Array(256);
  #openUsed = 0;

  /** `keySpaces[t]` is how many keys table t has; `dense` false keeps every table in a Map (a short-lived store). */
  constructor(keySpaces: readonly number[], dense: boolean) {
    this.#dense = keySpaces.map((n) => (dense && n <= MAX_DENSE_KEYS ? new Int32Array(n) : null));
    this.#maps = keySpaces.map(() => new Map());
  }

  /** The conditional's id for table t's key; −1 when it has nothing to draw; undefined when not built yet. */
  find(t: number, key: number): number | undefined {
    const dense = this.#dense[t];
    if (dense) {
      const slot = dense[key];
      return slot === 0 ? undefined : slot > 0 ? slot - 1 : -1;
    }
    return this.#maps[t].get(key);
  }

  /**
   * Keeps table t's conditional for `key`: its open axes (table order), their sizes, and a weight per
   * combination of their cells (last axis fastest). Returns its id, or −1 when the weights sum to zero.
   */
  add(t: number, key: number, conditional: { open: readonly number[]; sizes: readonly number[]; weights: Float64Array }): number {
    const { open, sizes, weights } = conditional;
    // Negative weights count as zero (#keep), so a conditional draws something when any weight is above zero.
    const id = weights.some((w) => w > 0) ? this.#keep(open, sizes, weights) : -1;
    const dense = this.#dense[t];
    if (dense) dense[key] = id >= 0 ? id + 1 : -1;
    else this.#maps[t].set(key, id);
    return id;
  }

  /** Writes into `out` the open axes' cells at quantile u ∈ [0, 1) of conditional `id`. */
  draw(id: number, u: number, out: Int32Array): void {
    const meta = this.#meta;
    const m = META * id;
    const start = meta[m];
    const n = meta[m + 1];
    const cumulative = this.#cumulative;
    const last = start + n - 1;
    const x = u * this.#totals[id];
    // The guide's start may be a slice off by rounding: step back, then forward, to the first weight above x.
    let i = this.#guide[start + Math.min(n - 1, Math.floor(u * n))] + start;
    while (i > start && cumulative[i - 1] > x) i--;
    while (i < last && cumulative[i] <= x) i++;
    let pick = i - start;
    for (let j = meta[m + 2] + meta[m + 3] - 1; j >= meta[m + 2]; j--) {
      const size = this.#sizes[j];
      out[this.#open[j]] = pick % size;
      pick = Math.floor(pick / size);
    }
  }

  #keep(open: readonly number[], sizes: readonly number[], weights: Float64Array): number {
    const n = weights.length;
    const id = this.#count++;
    this.#meta = withRoom(this.#meta, META * this.#count);
    this.#totals = withRoom(this.#totals, this.#count);
    this.#cumulative = withRoom(this.#cumulative, this.#used + n);
    this.#guide = withRoom(this.#guide, this.#used + n);
    this.#open = withRoom(this.#open, this.#openUsed + open.length);
    this.#sizes = withRoom(this.#sizes, this.#openUsed + open.length);
    const start = this.#used;
    const cumulative = this.#cumulative;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += weights[i] > 0 ? weights[i] : 0;
      cumulative[start + i] = sum;
    }
    // guide[k]: the answer for the smallest x of the k-th of n equal slices of the total.
    let i = 0;
    for (let k = 0; k < n; k++) {
      const x = (k / n) * sum;
      while (i < n - 1 && cumulative[start + i] <= x) i++;
      this.#guide[start + k] = i;
    }
    this.#used += n;
    this.#totals[id] = sum;
    const m = META * id;
    this.#meta[m] = start;
    this.#meta[m + 1] = n;
    this.#meta[m + 2] = this.#openUsed;
    this.#meta[m + 3] = open.length;
    open.forEach((a, j) => {
      this.#open[this.#openUsed + j] = a;
      this.#sizes[this.#openUsed + j] = sizes[j];
    });
    this.#openUsed += open.length;
    return id;
  }
}
