import { InputError } from '../../stats/input-error.ts';
import { parseDatetime } from '../../stats/schema/datetime-format.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import { parseRule } from './parse-rule.ts';
import type { Condition } from './rule.ts';

/** A record as the loop holds it: one cell per axis, values for numeric axes. */
export type RecordTest = (cells: ArrayLike<number>, values: ArrayLike<number>) => boolean;

export interface CompiledRule {
  readonly text: string;
  /** True when the record breaks the rule (its conditions hold, its consequence does not). */
  readonly broken: RecordTest;
}

/**
 * Most rules one run keeps. Every rule is tested on every record at every iteration:
 * 1,000 rules on 100,000 rows ran for six minutes.
 */
export const MAX_RULES = 100;

/** Parses the rules and binds them to the target axes; unknown columns and values are errors, not silent no-ops. */
export function compileRules(texts: readonly string[], targets: Targets): CompiledRule[] {
  if (texts.length > MAX_RULES)
    throw new InputError(`${texts.length.toLocaleString('en')} rules, more than the ${MAX_RULES} one run can keep; keep the ones that matter`);
  return texts.map((text) => {
    const rule = parseRule(text);
    const when = rule.when.map((c) => compileCondition(c, { targets, text }));
    const then = compileCondition(rule.then, { targets, text });
    return { text: rule.text, broken: (cells, values) => when.every((f) => f(cells, values)) && !then(cells, values) };
  });
}

export function compileCondition(condition: Condition, context: { targets: Targets; text: string }): RecordTest {
  const { targets, text } = context;
  const a = targets.axes.findIndex((x) => x.column === condition.column);
  if (a < 0) {
    throw new InputError(`rule "${text}": no column "${condition.column}" in the statistics (columns: ${targets.axes.map((x) => x.column).join(', ')})`);
  }
  const axis = targets.axes[a];
  if (axis.kind === 'categorical') {
    const wanted = condition.kind === 'in' ? condition.values : [String(condition.value)];
    if (condition.kind === 'compare' && condition.op !== '=' && condition.op !== '!=') {
      throw new InputError(`rule "${text}": "${condition.column}" is categorical; use = != or in {…}, not ${condition.op}`);
    }
    const cells = new Set(
      wanted.map((label) => {
        const cell = axis.labels.indexOf(label);
        if (cell < 0) throw new InputError(`rule "${text}": "${condition.column}" has no category "${label}" (categories: ${axis.labels.join(', ')})`);
        return cell;
      }),
    );
    const negated = condition.kind === 'in' ? condition.negated : condition.op === '!=';
    return (c) => cells.has(c[a]) !== negated;
  }
  if (condition.kind === 'in') throw new InputError(`rule "${text}": "${condition.column}" is numeric; compare it with < <= > >= = !=`);
  const schema = targets.schema.columns.find((c) => c.name === condition.column);
  const bound =
    typeof condition.value === 'number' ? condition.value : schema?.kind === 'datetime' ? parseDatetime(condition.value, schema.format) : Number.NaN;
  if (Number.isNaN(bound)) {
    const hint = schema?.kind === 'datetime' ? `a date written as ${schema.format}` : 'a number';
    throw new InputError(`rule "${text}": "${String(condition.value)}" is not ${hint} for "${condition.column}"`);
  }
  const op = condition.op;
  return (_, v) => {
    const x = v[a];
    if (Number.isNaN(x)) return false;
    return op === '<' ? x < bound : op === '<=' ? x <= bound : op === '>' ? x > bound : op === '>=' ? x >= bound : op === '=' ? x === bound : x !== bound;
  };
}
