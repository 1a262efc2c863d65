/**
 * A binary min-heap of item ids keyed by scores that go stale: `popBest`
 * rescores the top item and pops it only when its fresh score still beats
 * every other item's last known score (lazy evaluation). The refine phase
 * keys records and candidates by how much they would change the deficit;
 * each swap changes the deficits of a few cells only, so most stored scores
 * stay right and an item is rescored only when it reaches the top, instead
 * of every item being rescored after every swap. Ties go to the lower id,
 * so the order is deterministic.
 */
export class LazyMinHeap {
  readonly #heap: Int32Array;
  readonly #key: Float64Array;
  #size = 0;

  /** Ids 0..capacity−1; `key[id]` is id's score, owned by the heap from here on. */
  constructor(key: Float64Array, ids: ArrayLike<number>) {
    this.#key = key;
    this.#heap = new Int32Array(ids.length);
    for (let i = 0; i < ids.length; i++) this.#heap[i] = ids[i];
    this.#size = ids.length;
    for (let i = (this.#size >> 1) - 1; i >= 0; i--) this.#down(i);
  }

  get size(): number {
    return this.#size;
  }

  /**
   * Pops the item whose fresh score (from `score`) is lowest, as far as the
   * stored scores tell, and returns its id (its fresh score is then `keyOf(id)`);
   * −1 when empty. After `rescores` rescorings the top is taken as it is.
   */
  popBest(score: (id: number) => number, rescores = Infinity): number {
    for (let n = 1; this.#size > 0; n++) {
      const top = this.#heap[0];
      const fresh = score(top);
      this.#key[top] = fresh;
      if (this.#size === 1 || n >= rescores || !this.#before(this.#heap[this.#smallerChild(0)], top)) {
        this.#heap[0] = this.#heap[--this.#size];
        if (this.#size > 0) this.#down(0);
        return top;
      }
      this.#down(0);
    }
    return -1;
  }

  keyOf(id: number): number {
    return this.#key[id];
  }

  /** Puts an item back with a known score. */
  push(id: number, score: number): void {
    this.#key[id] = score;
    let i = this.#size++;
    this.#heap[i] = id;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#before(this.#heap[i], this.#heap[parent])) break;
      this.#swap(i, parent);
      i = parent;
    }
  }

  #before(a: number, b: number): boolean {
    const ka = this.#key[a];
    const kb = this.#key[b];
    return ka < kb || (ka === kb && a < b);
  }

  #smallerChild(i: number): number {
    const left = 2 * i + 1;
    const right = left + 1;
    return right < this.#size && this.#before(this.#heap[right], this.#heap[left]) ? right : left;
  }

  #down(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.#size) return;
      const child = this.#smallerChild(i);
      if (!this.#before(this.#heap[child], this.#heap[i])) return;
      this.#swap(i, child);
      i = child;
    }
  }

  #swap(i: number, j: number): void {
    const t = this.#heap[i];
    this.#heap[i] = this.#heap[j];
    this.#heap[j] = t;
  }
}
