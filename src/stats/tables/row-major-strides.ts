/** Row-major strides of a table shape: the last axis has stride 1 (cell (i, j) of a 2-D table is i·shape[1] + j). */
export function rowMajorStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let j = shape.length - 1; j >= 0; j--) {
    strides[j] = s;
    s *= shape[j];
  }
  return strides;
}
