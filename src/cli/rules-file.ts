import { compileRules, MAX_RULES } from '../synth/rules/compile-rules.ts';
import type { Targets } from '../stats/tables/targets.ts';
import { readInputFile, type InputFileOrigin } from './read-input-file.ts';
import { UsageError } from './usage-error.ts';

/** One rule of a rules file and the line it is on. */
export interface RuleLine {
  readonly line: number;
  readonly text: string;
}

/** A rules file: one rule per line (`age < 18 => education in {none}`); blank lines and lines starting with # are skipped. */
export function readRulesFile(path: string, origin: InputFileOrigin): RuleLine[] {
  return new TextDecoder()
    .decode(readInputFile(path, origin))
    .split(/\r?\n/)
    .map((line, i) => ({ line: i + 1, text: line.trim() }))
    .filter(({ text }) => text !== '' && !text.startsWith('#'));
}

/**
 * The rules checked against the targets before the run, so a bad one is named
 * by file and line (`--rules rules.txt, line 3: rule "…": no column "x"`).
 */
export function checkRules(rules: readonly RuleLine[], options: { targets: Targets; path: string; command: string }): string[] {
  const { targets, path, command } = options;
  const where = (line?: number) => `${command}: --rules ${path}${line === undefined ? '' : `, line ${line}`}`;
  const texts = rules.map((r) => r.text);
  try {
    compileRules(texts, targets);
  } catch (e) {
    // Which rule: compile them one by one, unless there were too many to compile at all.
    const bad =
      rules.length > MAX_RULES
        ? undefined
        : rules.find((r) => {
            try {
              compileRules([r.text], targets);
              return false;
            } catch {
              return true;
            }
          });
    throw new UsageError(`${where(bad?.line)}: ${(e as Error).message}`);
  }
  return texts;
}
