/**
 * A user rule: when every condition of `when` holds, `then` must hold, e.g.
 * `age < 18 => education in {none, primary}`. Written as text by users (see
 * parse-rule.ts), kept as text in options and recipes, compiled per run.
 */
export type Condition =
  | { readonly column: string; readonly kind: 'in'; readonly values: readonly string[]; readonly negated: boolean }
  | { readonly column: string; readonly kind: 'compare'; readonly op: '<' | '<=' | '>' | '>=' | '=' | '!='; readonly value: number | string };

export interface Rule {
  readonly text: string;
  readonly when: readonly Condition[];
  readonly then: Condition;
}
