/**
 * `compute` remembered per input array (a WeakMap, so it goes with the
 * array): what the report derives from one side's column — sorted values,
 * histogram bins — is computed once however many comparisons score that side
 * (the app's report scores the same real sample against the holdout and the
 * baseline). Columns are never written after they are built, so a
 * remembered answer stays right.
 */
export function memoByArray<A extends object, R>(compute: (array: A) => R): (array: A) => R {
  const memo = new WeakMap<A, R>();
  return (array) => {
    let result = memo.get(array);
    if (result === undefined) {
      result = compute(array);
      memo.set(array, result);
    }
    return result;
  };
}
