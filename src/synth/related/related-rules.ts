import type { Targets } from '../../stats/tables/targets.ts';
import type { CompiledRule } from '../rules/compile-rules.ts';
import { compileCountRules, isCountRule } from './count-rules.ts';
import { memberRules } from './member-rules.ts';

/**
 * The rules a run on related targets keeps: `plain` ones for the loop as
 * usual, and `extra` ones compiled here — the encoding's member rules
 * (member-rules.ts), the rules found in the data (the layout's) and the
 * user's rules that count members (count-rules.ts).
 */
export function relatedRules(targets: Targets, rules: readonly string[]): { plain: string[]; extra: CompiledRule[] } {
  const layout = targets.related;
  if (!layout) return { plain: [...rules], extra: [] };
  const counted = [...layout.rules, ...rules.filter(isCountRule)];
  return {
    plain: rules.filter((r) => !isCountRule(r)),
    extra: [...memberRules({ targets, layout }), ...compileCountRules(counted, { targets, layout })],
  };
}
