import type { Table } from '../tables/table.ts';

/**
 * The joint of two columns that a tree (or forest) of consistent pair tables
 * implies: along the tree's one path x = v₀ – v₁ – … – v_k = y,
 * P(x, y) = diag(P(x)) · P(v₁ | v₀) ⋯ P(v_k | v_{k−1}), each conditional read
 * from its pair table; columns in different trees are independent. Counts on
 * the tables' scale, row-major [x][y]. Post-processing of the tables only.
 */
export function treePairMarginal(options: { tables: readonly Table[]; x: string; y: string }): Float64Array {
  const { tables, x, y } = options;
  const pairs = tables.filter((t) => t.axes.length === 2);
  const marginal = (column: string): Float64Array => {
    const t = tables.find((s) => s.axes.length === 1 && s.axes[0].column === column);
    if (!t) throw new Error(`privacy: no marginal of "${column}"`);
    return t.counts;
  };
  const path = treePath(pairs, { from: x, to: y });
  const px = marginal(x);
  let joint = new Float64Array(px.length * px.length);
  let width = px.length;
  for (let i = 0; i < px.length; i++) joint[i * width + i] = px[i];
  if (path === null) {
    const py = marginal(y);
    const total = px.reduce((a, b) => a + b, 0);
    return Float64Array.from({ length: px.length * py.length }, (_, k) => (total > 0 ? (px[Math.floor(k / py.length)] * py[k % py.length]) / total : 0));
  }
  for (let s = 0; s + 1 < path.length; s++) {
    const step = conditional(pairs, { from: path[s], to: path[s + 1] });
    const next = new Float64Array(px.length * step.cols);
    for (let i = 0; i < px.length; i++) {
      for (let k = 0; k < width; k++) {
        const w = joint[i * width + k];
        if (w === 0) continue;
        for (let j = 0; j < step.cols; j++) next[i * step.cols + j] += w * step.p[k * step.cols + j];
      }
    }
    joint = next;
    width = step.cols;
  }
  return joint;
}

/** P(to | from) from the pair table holding both, rows = cells of `from`. */
function conditional(pairs: readonly Table[], options: { from: string; to: string }): { p: Float64Array; cols: number } {
  const t = pairs.find((s) => s.axes.some((a) => a.column === options.from) && s.axes.some((a) => a.column === options.to)) as Table;
  const flip = t.axes[0].column !== options.from;
  const [rows, cols] = flip ? [t.shape[1], t.shape[0]] : [t.shape[0], t.shape[1]];
  const p = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    let sum = 0;
    for (let j = 0; j < cols; j++) sum += t.counts[flip ? j * rows + i : i * cols + j];
    for (let j = 0; j < cols; j++) p[i * cols + j] = sum > 0 ? t.counts[flip ? j * rows + i : i * cols + j] / sum : 1 / cols;
  }
  return { p, cols };
}

/** The columns on the path between two columns of a forest of pairs, both ends included; null when not connected. */
function treePath(pairs: readonly Table[], options: { from: string; to: string }): string[] | null {
  const previous = new Map<string, string>([[options.from, options.from]]);
  const queue = [options.from];
  while (queue.length > 0) {
    const at = queue.shift() as string;
    if (at === options.to) break;
    for (const t of pairs) {
      const [a, b] = t.axes.map((axis) => axis.column);
      const next = a === at ? b : b === at ? a : undefined;
      if (next !== undefined && !previous.has(next)) {
        previous.set(next, at);
        queue.push(next);
      }
    }
  }
  if (!previous.has(options.to)) return null;
  const path = [options.to];
  while (path[0] !== options.from) path.unshift(previous.get(path[0]) as string);
  return path;
}
