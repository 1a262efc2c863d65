/**
 * Why a step the loaded model does before a run (scenario edits, rule suggestions) cannot start yet, in
 * words for beside its button; null when it can. `task` finishes "Load a language model (Planner) to …",
 * `names` what the model's answer names ("the edits", "the rules").
 */
export function modelTaskHint(state: { modelLoaded: boolean; sourceLoaded: boolean }, words: { task: string; names: string }): string | null {
  if (!state.modelLoaded) return `Load a language model (Planner) to ${words.task}.`;
  if (!state.sourceLoaded) return `Load data or tables first: ${words.names} name their columns and categories.`;
  return null;
}
