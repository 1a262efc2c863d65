// d3-dsv ships no types (it comes in with vega); the one function the scale benchmark calls.
declare module 'd3-dsv' {
  export function csvParseRows(text: string): string[][];
}
