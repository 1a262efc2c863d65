/**
 * Every cut-off schema inference uses, in one place.
 * - identifierMinRows: below this many non-missing rows, "(nearly) every value
 *   unique" proves nothing.
 * - identifierMinDistinctShare: a string column whose distinct values are at
 *   least this share of its non-missing rows is an identifier (a name, an
 *   e-mail, a code per record), not categories: 95% tolerates a few repeats
 *   (a typo'd duplicate, a shared household key) and any number of missing
 *   values, while a real category list repeats each value many times (one
 *   value per 20 rows would already be a 5%-average category). Numbers never
 *   get here: a continuous measure is near-unique too and stays numeric.
 * - textMinAverageLength / textMinDistinctShare: strings this long on average,
 *   mostly distinct, are free text (comments, addresses), not categories.
 * - datetimeSample: values tried per candidate format before checking them all.
 */
export const INFERENCE_THRESHOLDS = {
  identifierMinRows: 20,
  identifierMinDistinctShare: 0.95,
  textMinAverageLength: 30,
  textMinDistinctShare: 0.5,
  datetimeSample: 50,
} as const;

/** Names that say "identifier": id, ID, user_id, Row Key, uuid, guid, and camelCase userId (but not "paid"). */
export function hasIdentifierName(name: string): boolean {
  return /(^|[\s_\-.])(id|uuid|guid|key)$|^(id|uuid|guid)([\s_\-.]|$)/i.test(name) || /[a-z](Id|ID|Uuid|UUID)$/.test(name);
}
