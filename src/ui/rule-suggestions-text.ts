import type { SuggestedRules } from '../workers/synth-api.ts';

/** Past this share of real rows breaking it, a suggested rule is more a tendency than a rule. */
export const TENDENCY_SHARE = 0.01;

/** How often the real rows break a suggested rule, and whether that makes it a tendency (enforcing it bends the data). */
export function realBreaksNote(realBreaks: SuggestedRules['rules'][number]['realBreaks']): { text: string; tendency: boolean } {
  if (realBreaks === null) return { text: 'No rows to check it against (imported tables or differential privacy).', tendency: false };
  const { rows, broken } = realBreaks;
  if (broken === 0) return { text: `None of the ${rows.toLocaleString('en')} real rows read breaks it.`, tendency: false };
  const share = broken / Math.max(1, rows);
  const percent = share < 0.001 ? '<0.1%' : `${(share * 100).toFixed(1)}%`;
  const text = `${broken.toLocaleString('en')} of the ${rows.toLocaleString('en')} real rows read break it (${percent})`;
  return share > TENDENCY_SHARE
    ? { text: `${text}: more a tendency than a rule; enforcing it moves the synthetic data away from the real.`, tendency: true }
    : { text: `${text}.`, tendency: false };
}

/** What the user is told beside the suggestions: why none came, or what the model wrote that is no rule here. */
export function ruleSuggestionsNotes(result: SuggestedRules): string[] {
  if (result.failed) return [`The model suggested no rules (${result.failed}).`];
  const notes = result.rules.length === 0 ? ['The model suggested no rule that fits these columns, or none new.'] : [];
  for (const r of result.refused) notes.push(`Not a rule for these columns: ${r.why.includes(r.text) ? r.why : `${r.text} (${r.why})`}.`);
  return notes;
}
