/**
 * A numeric column counted in a joint table on coarser bins than its own
 * axis: `edges` are some of the axis's edges (the first and last always), so
 * each coarse bin is a union of the column's bins and a record's coarse cell
 * follows from its fine one. The structure uses this where a larger clique is
 * worth its cells only at a coarser resolution of a parent (coarse-family.ts).
 */
export interface CoarseColumn {
  readonly column: string;
  readonly edges: readonly number[];
}

/** One column of a joint: its name (on its own axis), or a coarser binning of it. */
export type JointColumn = string | CoarseColumn;

/** The columns of one joint table, in table order. */
export type JointGroup = readonly JointColumn[];

export function jointColumnName(c: JointColumn): string {
  return typeof c === 'string' ? c : c.column;
}

/** The column names of a group (coarse columns by name). */
export function jointNames(group: JointGroup): string[] {
  return group.map(jointColumnName);
}

/** "a × b × c (3 bins)": how a chosen group is shown. */
export function jointLabel(group: JointGroup): string {
  return group.map((c) => (typeof c === 'string' ? c : `${c.column} (${c.edges.length - 1} bins)`)).join(' × ');
}
