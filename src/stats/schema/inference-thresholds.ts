/**
 * Every cut-off schema inference uses, in one place.
 * - identifierMinRows: below this, "every value unique" proves nothing.
 * - textMinAverageLength / textMinDistinctShare: strings this long on average,
 *   mostly distinct, are free text (comments, addresses), not categories.
 * - datetimeSample: values tried per candidate format before checking them all.
 */
export const INFERENCE_THRESHOLDS = {
  identifierMinRows: 20,
  textMinAverageLength: 30,
  textMinDistinctShare: 0.5,
  datetimeSample: 50,
} as const;

/** Names that say "identifier": id, ID, user_id, Row Key, uuid, guid, and camelCase userId (but not "paid"). */
export function hasIdentifierName(name: string): boolean {
  return /(^|[\s_\-.])(id|uuid|guid|key)$|^(id|uuid|guid)([\s_\-.]|$)/i.test(name) || /[a-z](Id|ID|Uuid|UUID)$/.test(name);
}
