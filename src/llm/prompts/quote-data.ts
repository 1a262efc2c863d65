/**
 * A text from the user's table (a column name, a category label, a rule) as
 * data in a prompt: a JSON string literal. Quotes, backslashes and line
 * breaks are escaped, so a label can neither close its quotes nor start a
 * line of its own that reads as an instruction ("ignore previous
 * instructions" stays inside its quotes). U+2028/U+2029 are escaped too:
 * JSON.stringify keeps them, and some tokenizers treat them as line breaks.
 */
export function quoteData(text: string): string {
  return JSON.stringify(text)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
