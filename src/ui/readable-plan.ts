import { cutCell } from '../workers/synth-api.ts';

/** One proposal as a card shows it: how many records, and each fixed column in words. */
export interface PlanCard {
  readonly count: number;
  readonly values: readonly { readonly column: string; readonly text: string }[];
}

/**
 * A plan as its planner wrote it (IterationReport.written) turned into cards.
 * Planner output is untrusted: anything that is not a proposal list yields no
 * cards, and odd values are shown as JSON rather than dropped. Long names and
 * values are cut (`cutCell`), as in every view.
 */
export function readablePlan(written: unknown): PlanCard[] {
  const plan = typeof written === 'string' ? tryParse(written) : written;
  if (!isRecord(plan) || !Array.isArray(plan.proposals)) return [];
  return plan.proposals.filter(isRecord).map((p) => ({
    count: typeof p.count === 'number' ? p.count : Number.NaN,
    values: Object.entries(isRecord(p.values) ? p.values : {}).map(([column, v]) => ({ column: cutCell(column), text: cutCell(describe(v)) })),
  }));
}

function describe(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && v.length === 2) return `${String(v[0])} to ${String(v[1])}`;
  return JSON.stringify(v) ?? String(v);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
