/** "3 records breaking a rule", for the summary line of a run with `--rules`. */
export function breakingWords(n: number): string {
  return `${n.toLocaleString('en')} ${n === 1 ? 'record' : 'records'} breaking a rule`;
}
