import type { ColumnSchema } from '../../../stats/schema.ts';
import type { Targets } from '../../../stats/tables/targets.ts';
import { describeValue } from './describe-value.ts';
import { parsePlanText } from './parse-plan-text.ts';
import type { Constraint, Plan, Proposal, Repair } from '../plan.ts';
import { ANY_LABEL, MAX_REASON_LENGTH } from '../plan.ts';
import { readConstraint } from './read-constraint.ts';

export interface PlanContext {
  readonly targets: Targets;
  /** Proposals kept; the rest are cut with a repair. */
  readonly maxProposals: number;
  /** Largest count a proposal may ask for; larger ones are capped. */
  readonly maxCount: number;
}

export interface ValidatedPlan {
  readonly plan: Plan;
  readonly repairs: readonly Repair[];
}

const PLAN_KEYS = new Set(['proposals', 'reason']);
const PROPOSAL_KEYS = new Set(['values', 'count']);

/**
 * The typed plan in a planner's output, whoever the planner is (an LLM, the
 * statistical planner, a user's file): parse at the edge, trust inside. Every
 * change is recorded as a Repair so nothing a planner wrote changes silently.
 * `input` is the raw text of an answer or an already parsed value.
 *
 * The entry to this folder: the text is parsed (parsePlanText), each
 * proposal read here, each column's value by readConstraint and a
 * `[min, max]` by readRange, their repairs worded in constraint-site.ts.
 */
export function validatePlan(input: unknown, context: PlanContext): ValidatedPlan {
  const { maxProposals, maxCount } = context;
  for (const [name, limit] of Object.entries({ maxProposals, maxCount })) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`plan: ${name} must be a positive integer, got ${limit}`);
  }
  let value = input;
  if (typeof input === 'string') {
    const parsed = parsePlanText(input);
    if (!parsed.ok) return rejected({ kind: 'not-json', message: `plan: the answer is not JSON (${describeValue(input)}); no records proposed` });
    value = parsed.value;
  }
  if (!isRecord(value) || !Array.isArray(value.proposals)) {
    return rejected({ kind: 'not-a-plan', message: `plan: ${describeValue(value)} is not an object with a "proposals" array; no records proposed` });
  }
  const repairs: Repair[] = [];
  for (const key of Object.keys(value)) {
    if (!PLAN_KEYS.has(key)) repairs.push({ kind: 'extra-key', message: `plan: extra key "${key}" ignored` });
  }
  const reason = readReason(value.reason, repairs);
  let written: readonly unknown[] = value.proposals;
  if (written.length > maxProposals) {
    repairs.push({ kind: 'too-many-proposals', message: `plan: ${written.length} proposals, more than ${maxProposals}; kept the first ${maxProposals}` });
    written = written.slice(0, maxProposals);
  }
  const axisIndex = new Map(context.targets.axes.map((axis, i) => [axis.column, i]));
  const columns = new Map(context.targets.schema.columns.map((c) => [c.name, c]));
  const proposals: Proposal[] = [];
  written.forEach((raw, proposal) => {
    const read = readProposal(raw, { proposal, context, axisIndex, columns, repairs });
    if (read !== null) proposals.push(read);
  });
  return { plan: reason === undefined ? { proposals } : { proposals, reason }, repairs };
}

function rejected(repair: Repair): ValidatedPlan {
  return { plan: { proposals: [] }, repairs: [repair] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The reason, shown to the user only: kept when it is text, cut to the schema's length. */
function readReason(reason: unknown, repairs: Repair[]): string | undefined {
  if (reason === undefined) return undefined;
  if (typeof reason !== 'string') {
    repairs.push({ kind: 'bad-reason', message: `plan: reason ${describeValue(reason)} is not text; ignored` });
    return undefined;
  }
  if (reason.length <= MAX_REASON_LENGTH) return reason;
  repairs.push({ kind: 'bad-reason', message: `plan: reason of ${reason.length} characters cut to ${MAX_REASON_LENGTH}` });
  return reason.slice(0, MAX_REASON_LENGTH);
}

interface ProposalSite {
  readonly proposal: number;
  readonly context: PlanContext;
  readonly axisIndex: ReadonlyMap<string, number>;
  readonly columns: ReadonlyMap<string, ColumnSchema>;
  readonly repairs: Repair[];
}

function readProposal(raw: unknown, site: ProposalSite): Proposal | null {
  const { proposal, repairs } = site;
  const where = `proposal ${proposal}`;
  if (!isRecord(raw) || !isRecord(raw.values)) {
    const what = !isRecord(raw)
      ? `${describeValue(raw)} is not a proposal object`
      : raw.values === undefined
        ? 'has no values'
        : `values ${describeValue(raw.values)} are not an object of column values`;
    repairs.push({ kind: 'empty-proposal', proposal, message: `${where}: ${what}; proposal dropped` });
    return null;
  }
  for (const key of Object.keys(raw)) {
    if (!PROPOSAL_KEYS.has(key)) repairs.push({ kind: 'extra-key', proposal, message: `${where}: extra key "${key}" ignored` });
  }
  const count = readCount(raw.count, site);
  if (count === null) return null;

  const constraints: Constraint[] = [];
  let asked = 0;
  for (const [name, value] of Object.entries(raw.values)) {
    if (value !== ANY_LABEL) asked++;
    const index = site.axisIndex.get(name);
    if (index === undefined) {
      repairs.push({
        kind: 'unknown-column',
        proposal,
        column: name,
        message: `${where}: no column "${name}" in the targets; its value ${describeValue(value)} dropped`,
      });
      continue;
    }
    const axis = site.context.targets.axes[index];
    const result = readConstraint(value, { proposal, axis, index, column: site.columns.get(name) });
    repairs.push(...result.repairs);
    if (result.constraint !== null) constraints.push(result.constraint);
  }
  // Every value the planner meant was dropped: drawing unconstrained records would not be what it asked for.
  if (asked > 0 && constraints.length === 0) {
    repairs.push({ kind: 'empty-proposal', proposal, message: `${where}: no usable constraint left; proposal dropped` });
    return null;
  }
  constraints.sort((a, b) => a.axis - b.axis);
  return { constraints, count };
}

/** A whole number of records in 1..maxCount, or null (proposal dropped) when the count is unusable. */
function readCount(count: unknown, site: ProposalSite): number | null {
  const { proposal, repairs } = site;
  const { maxCount } = site.context;
  const where = `proposal ${proposal}`;
  if (typeof count !== 'number' || !Number.isFinite(count) || count <= 0) {
    const what = count === undefined ? 'has no count' : `count ${describeValue(count)} is not a positive number`;
    repairs.push({ kind: 'bad-count', proposal, message: `${where}: ${what}; proposal dropped` });
    return null;
  }
  let n = count;
  if (!Number.isInteger(n)) {
    // At least one record: a positive count below 0.5 still asked for some.
    n = Math.max(1, Math.round(n));
    repairs.push({ kind: 'count-rounded', proposal, message: `${where}: count ${count} rounded to ${n}` });
  }
  if (n > maxCount) {
    repairs.push({ kind: 'count-capped', proposal, message: `${where}: count ${n} capped to ${maxCount}` });
    n = maxCount;
  }
  return n;
}
