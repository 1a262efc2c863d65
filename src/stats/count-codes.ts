/**
 * Frequency counts of small-integer codes, alone or jointly for two columns.
 * The one contingency helper behind TVComplement, ContingencySimilarity and
 * Cramér's V, so every metric counts categories the same way.
 */
export function countCodes(codes: ArrayLike<number>, size: number): Float64Array {
  const counts = new Float64Array(size);
  for (let i = 0; i < codes.length; i++) counts[codes[i]]++;
  return counts;
}

export interface JointCodes {
  readonly first: ArrayLike<number>;
  readonly second: ArrayLike<number>;
  readonly firstSize: number;
  readonly secondSize: number;
}

/** Row-major contingency table: cell (a, b) at a * secondSize + b. */
export function countJointCodes({ first, second, firstSize, secondSize }: JointCodes): Float64Array {
  const counts = new Float64Array(firstSize * secondSize);
  for (let i = 0; i < first.length; i++) counts[first[i] * secondSize + second[i]]++;
  return counts;
}
