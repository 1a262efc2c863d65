import { parsePlanText } from '../synth/plan/validate/parse-plan-text.ts';
import { formatRule } from '../synth/rules/format-rule.ts';
import type { Condition } from '../synth/rules/rule.ts';
import { MAX_SUGGESTED_RULES } from './prompts/rules-prompt.ts';
import { MAX_CONDITION_VALUES, MAX_RULE_CONDITIONS, RULE_OPS, type RuleOp } from './prompts/rules-schema.ts';

/** One rule as the model wrote it, in the rule language, or why it could not be written. */
export type RuleAnswerItem =
  { readonly ok: true; readonly text: string; readonly why: string } | { readonly ok: false; readonly text: string; readonly why: string };

/**
 * The rules in a rules answer (rules-schema.ts), each written in the rule
 * language (formatRule) so the user reads and edits what will run; an item
 * that is not a rule is reported, not dropped silently. Null when the answer
 * holds no list of rules at all. Whether a rule fits the columns is checked
 * by the caller, by compiling it. `isNumber` names the number columns, whose
 * values are compared as numbers (a category "1.0" stays the text "1.0").
 */
export function readRuleAnswer(text: string, isNumber: (column: string) => boolean): RuleAnswerItem[] | null {
  const parsed = parsePlanText(text);
  const value = parsed.ok ? parsed.value : null;
  const list = isObject(value) && Array.isArray(value.rules) ? value.rules : null;
  if (list === null) return null;
  return list.slice(0, MAX_SUGGESTED_RULES).map((item) => readRule(item, isNumber));
}

function readRule(item: unknown, isNumber: (column: string) => boolean): RuleAnswerItem {
  const shown = JSON.stringify(item).slice(0, 200);
  if (!isObject(item)) return { ok: false, text: shown, why: 'not a rule object' };
  const why = typeof item.why === 'string' ? item.why.trim() : '';
  const when = Array.isArray(item.if) ? item.if.slice(0, MAX_RULE_CONDITIONS + 1).map((c) => readCondition(c, isNumber)) : [];
  const then = readCondition(item.then, isNumber);
  if (when.length === 0) return { ok: false, text: shown, why: 'the rule has no "if" conditions' };
  if (when.length > MAX_RULE_CONDITIONS) return { ok: false, text: shown, why: `more than ${MAX_RULE_CONDITIONS} conditions` };
  const bad = [...when, then].find((c): c is string => typeof c === 'string');
  if (bad !== undefined) return { ok: false, text: shown, why: bad };
  return { ok: true, text: formatRule({ when: when as Condition[], then: then as Condition }), why };
}

/** A condition of the answer as the rule language's, or why it is not one. */
function readCondition(item: unknown, isNumber: (column: string) => boolean): Condition | string {
  if (!isObject(item)) return 'a condition is not an object';
  const { column, op, values } = item;
  if (typeof column !== 'string' || column === '') return 'a condition names no column';
  if (typeof op !== 'string' || !(RULE_OPS as readonly string[]).includes(op)) return `"${String(op)}" is not an operator (${RULE_OPS.join(' ')})`;
  if (
    !Array.isArray(values) ||
    values.length === 0 ||
    values.length > MAX_CONDITION_VALUES ||
    !values.every((v) => typeof v === 'string' || typeof v === 'number')
  )
    return `the condition on "${column}" has no values, or too many`;
  const texts = values.map((v) => String(v).trim());
  const rule = op as RuleOp;
  if (rule === 'in' || rule === 'not in') return { column, kind: 'in', values: texts, negated: rule === 'not in' };
  if (texts.length !== 1) return `"${column} ${op}" takes one value, not ${texts.length}`;
  const number = Number(texts[0]);
  return { column, kind: 'compare', op: rule, value: isNumber(column) && texts[0] !== '' && Number.isFinite(number) ? number : texts[0] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
