import type { ScenarioEdits } from '../workers/synth-api.ts';

/** What the user is told after the model answered: what it added, what it wrote that does not apply, or why nothing came. */
export function scenarioEditsNotes(result: ScenarioEdits, added: readonly string[]): string[] {
  if (result.failed) return [`The model gave no edits (${result.failed}); the what-if stays free text for LLM planners.`];
  const notes: string[] = [];
  if (added.length > 0) notes.push(`Added to Scenarios, to check before you synthesize: ${added.join('; ')}.`);
  else if (result.edits.length > 0) notes.push('The edits the model wrote are in Scenarios already.');
  else notes.push('The model found no edit of these columns for this what-if; it stays free text for LLM planners.');
  // The checks' messages quote the line already (scenario "…": why).
  for (const r of result.refused) notes.push(`Not an edit that applies: ${r.why.includes(r.text) ? r.why : `${r.text} (${r.why})`}.`);
  return notes;
}
