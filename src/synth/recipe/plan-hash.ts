import { hashText } from './hash-text.ts';

/**
 * The fingerprint a recipe keeps of one plan as written (text from a model,
 * or the object a statistical planner returned), so an edited plan is caught
 * before it is replayed.
 */
export function planHash(plan: unknown): string {
  return hashText(JSON.stringify(plan) ?? 'undefined');
}
