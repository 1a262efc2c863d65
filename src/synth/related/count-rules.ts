import { InputError } from '../../stats/input-error.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import { compileCondition, type CompiledRule, type RecordTest } from '../rules/compile-rules.ts';
import { parseCondition, splitAnd } from '../rules/parse-rule.ts';
import type { Condition } from '../rules/rule.ts';
import { slotColumn, type RelatedLayout } from '../../stats/related/related-layout.ts';

type Term = (cells: ArrayLike<number>, values: ArrayLike<number>) => number;
const OPS = ['<=', '>=', '!=', '<', '>', '='] as const;
type Op = (typeof OPS)[number];

/** True for a rule that speaks about members: it counts them. */
export function isCountRule(text: string): boolean {
  return /\bcount\s*\(/i.test(text);
}

/**
 * Rules across the two levels, on the household records of widen.ts:
 * `<term> <op> <term>`, a term being a number, a parent column, or
 * `count(persons)` / `count(persons where age < 18 [and …])` — the members
 * (those whose columns meet the conditions). For example
 * `hh_size = count(persons)`, `num_own_children <= count(persons where age < 18)`,
 * `count(persons where age >= 18) >= 1`. The word inside count( is the child
 * table's name as the user calls it; conditions are written as in other rules.
 */
export function compileCountRules(texts: readonly string[], options: { targets: Targets; layout: RelatedLayout }): CompiledRule[] {
  return texts.map((text) => {
    const { left, op, right } = split(text);
    const l = term(left, { ...options, text });
    const r = term(right, { ...options, text });
    return { text: text.trim(), broken: (cells, values) => !holds(l(cells, values), op, r(cells, values)) };
  });
}

function split(text: string): { left: string; op: Op; right: string } {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '(' || ch === '{')) depth++;
    else if (!quoted && (ch === ')' || ch === '}')) depth--;
    else if (!quoted && depth === 0) {
      const op = OPS.find((o) => text.startsWith(o, i));
      if (op) return { left: text.slice(0, i), op, right: text.slice(i + op.length) };
    }
  }
  throw fail(text, 'write it as "<term> <op> <term>", e.g. hh_size = count(persons) or num_own_children <= count(persons where age < 18)');
}

function term(source: string, context: { targets: Targets; layout: RelatedLayout; text: string }): Term {
  const { targets, layout, text } = context;
  const s = source.trim();
  if (s === '') throw fail(text, 'a side of the comparison is empty');
  const count = /^count\s*\(\s*([^\s()]+|"[^"]*")\s*(?:where\s+([\s\S]*))?\)$/i.exec(s);
  if (count) {
    const members = axisOf(layout.count, context);
    const conditions = (count[2] ?? '').trim() === '' ? [] : splitAnd(count[2]).map((c) => parseCondition(c, text));
    for (const c of conditions) {
      if (!layout.columns.includes(c.column)) throw fail(text, `the members have no column "${c.column}" (they have: ${layout.columns.join(', ')})`);
    }
    const perSlot: RecordTest[][] = Array.from({ length: layout.slots }, (_, k) => conditions.map((c) => slotCondition(c, { k: k + 1, targets, text })));
    return (cells, values) => {
      const n = values[members];
      let total = 0;
      for (let k = 0; k < layout.slots && k < n; k++) if (perSlot[k].every((f) => f(cells, values))) total++;
      return total;
    };
  }
  const number = Number(s);
  if (s !== '' && Number.isFinite(number)) return () => number;
  const name = s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s;
  const a = axisOf(name, context);
  return (_cells, values) => values[a];
}

/**
 * A member condition on slot k. A category a slot never holds (rare ones are
 * pooled per slot) simply never matches there; a category no slot holds is an
 * error, as in any rule.
 */
function slotCondition(condition: Condition, options: { k: number; targets: Targets; text: string }): RecordTest {
  const { k, targets, text } = options;
  const column = slotColumn(condition.column, k);
  const axis = targets.axes.find((a) => a.column === column);
  if (axis?.kind === 'categorical' && !(condition.kind === 'compare' && condition.op !== '=' && condition.op !== '!=')) {
    const wanted = condition.kind === 'in' ? condition.values : [String(condition.value)];
    const held = wanted.filter((v) => axis.labels.includes(v));
    if (held.length < wanted.length) {
      const anywhere = (v: string) => targets.axes.some((a) => a.kind === 'categorical' && a.column.startsWith(`${condition.column}#`) && a.labels.includes(v));
      const unknown = wanted.find((v) => !anywhere(v));
      if (unknown !== undefined) {
        throw new InputError(`rule "${text}": the members' "${condition.column}" has no category "${unknown}"`);
      }
      const negated = condition.kind === 'in' ? condition.negated : condition.op === '!=';
      if (held.length === 0) return () => negated;
      return compileCondition({ column, kind: 'in', values: held, negated }, { targets, text });
    }
  }
  return compileCondition({ ...condition, column }, { targets, text });
}

function axisOf(name: string, context: { targets: Targets; text: string }): number {
  const a = context.targets.axes.findIndex((x) => x.column === name);
  if (a < 0 || context.targets.axes[a].kind !== 'binned') {
    const numeric = context.targets.axes.filter((x) => x.kind === 'binned' && !x.column.includes('#')).map((x) => x.column);
    throw fail(context.text, `"${name}" is not a numeric column of the parent table (numeric columns: ${numeric.join(', ')})`);
  }
  return a;
}

function holds(a: number, op: Op, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '=':
      return a === b;
    case '!=':
      return a !== b;
  }
}

function fail(text: string, problem: string): InputError {
  return new InputError(`rule "${text.trim()}": ${problem}`);
}
