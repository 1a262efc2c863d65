import type { RuleSuggestions } from '../llm/suggest-rules.ts';
import type { BrokenCount } from '../synth/rules/count-broken.ts';
import { printable } from './printable.ts';

/**
 * A rules file of suggestions, every rule commented out: `readRulesFile`
 * skips lines starting with `#`, so nothing is enforced until the user
 * deletes the `# ` before a rule (accepts it), edits it or leaves it (rejects
 * it). Each rule is preceded by the model's reason and how many real rows
 * break it; what the model wrote that is no rule is listed at the end. Texts
 * from the model and the data are kept to one printable line each, so none
 * can start a line of its own.
 */
export function suggestedRulesText(options: {
  suggestions: RuleSuggestions;
  /** Per suggested rule, how many real rows break it; null without rows. */
  counts: BrokenCount | null;
  model: string;
  source: string;
  out: string;
}): string {
  const { suggestions, counts, model, source, out } = options;
  const one = (text: string) => printable(text.replace(/\s+/g, ' ').trim());
  const lines = [
    `# Rules suggested by ${one(model)} from the column names, categories and ranges of ${one(source)} (no rows were sent).`,
    '# None is enforced yet: delete the "# " before a rule to accept it, edit it as you like, then run',
    `#   synth generate … --rules ${one(out)}`,
  ];
  suggestions.rules.forEach((rule, i) => {
    const broken = counts ? ` The real rows break it in ${counts.broken[i].toLocaleString('en')} of ${counts.rows.toLocaleString('en')}.` : '';
    lines.push('#', `# ${one(rule.why) || 'No reason given.'}${broken}`, `# ${rule.text}`);
  });
  if (suggestions.rules.length === 0) lines.push('#', '# The model suggested no rule that fits these columns.');
  if (suggestions.refused.length > 0) {
    lines.push('#', '# Not rules for these columns, left out:');
    for (const r of suggestions.refused) lines.push(`#   ${one(r.text)} (${one(r.why)})`);
  }
  return lines.join('\n') + '\n';
}
