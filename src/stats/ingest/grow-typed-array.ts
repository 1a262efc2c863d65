type TypedArray = Float64Array | Int32Array | Uint32Array | Uint8Array;

/** A copy of `a` with room for `n` elements (n ≥ a.length), for arrays that grow as rows arrive. */
export function grow<T extends TypedArray>(a: T, n: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}

/** `a` itself when it holds `least` elements, else a copy with room for them, its size doubled until it does. */
export function withRoom<T extends TypedArray>(a: T, least: number): T {
  let size = Math.max(1, a.length);
  while (size < least) size *= 2;
  return size === a.length ? a : grow(a, size);
}

/**
 * The first `n` elements of `a` once it is done growing: a view when at most
 * an eighth of it is left over (rows reserved ahead: no copy of the column,
 * nor fresh pages for it), else a copy, so little memory is held for nothing.
 */
export function fitted<T extends TypedArray>(a: T, n: number): T {
  return 8 * (a.length - n) <= a.length ? (a.subarray(0, n) as T) : (a.slice(0, n) as T);
}
