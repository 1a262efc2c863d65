type TypedArray = Float64Array | Int32Array | Uint32Array | Uint8Array;

/** A copy of `a` with room for `n` elements (n ≥ a.length), for arrays that grow as rows arrive. */
export function grow<T extends TypedArray>(a: T, n: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}
