// d3-dsv ships no types (it comes with vega); the one function the ingest benchmark calls.
declare module 'd3-dsv' {
  export function csvParseRows(text: string): string[][];
}
