import { assertPromptSafe } from '../llm/prompt-safety.ts';
import { suggestRules } from '../llm/suggest-rules.ts';
import { DEFAULT_MIN_COUNT } from '../stats/privacy/disclosure-report.ts';
import { targetsFromJson } from '../stats/stats-json/targets-from-json.ts';
import type { AuditEntry } from '../synth/audit/audit-entry.ts';
import { StatisticalPlanner } from '../synth/planner/statistical-planner.ts';
import { MAX_SEED } from '../synth/rng.ts';
import { countBrokenTexts } from '../synth/rules/count-broken.ts';
import { optionalFlag, parseCommandArgs, requireFlag } from './args.ts';
import { checkOutputs } from './check-outputs.ts';
import { commandSpec } from './command-specs.ts';
import { dpNoise } from './dp-options.ts';
import { FILE_LIMITS } from './file-limits.ts';
import { targetsFromInput } from './input-targets.ts';
import { integerOption } from './integer-option.ts';
import { openLlmPort } from './llm-port.ts';
import { inputName, readJsonFile } from './read-input-file.ts';
import { suggestedRulesText } from './suggested-rules-text.ts';
import { UsageError } from './usage-error.ts';
import { writeOutput } from './write-output.ts';

const COMMAND = 'suggest-rules';

/**
 * `synth suggest-rules (--input data.csv | --stats stats.json) (--model file.gguf | --llm-url URL) --out rules.txt`:
 * a language model on this machine suggests realism rules from the targets'
 * column names, categories and ranges (never rows), each checked against
 * the columns and, with `--input`, counted on the real rows; they are written
 * commented out (suggestedRulesText), so none runs until the user accepts it.
 */
export async function suggestRulesCommand(argv: string[]): Promise<void> {
  const args = parseCommandArgs(argv, commandSpec(COMMAND));
  const input = optionalFlag(args, 'input');
  const stats = optionalFlag(args, 'stats');
  if ((input === undefined) === (stats === undefined)) throw new UsageError(`${COMMAND}: give exactly one of --input data.csv or --stats stats.json`);
  const out = requireFlag(args, 'out', COMMAND);
  const auditPath = optionalFlag(args, 'llm-audit');
  const seed = integerOption(optionalFlag(args, 'seed'), { flag: 'seed', command: COMMAND, min: 0, max: MAX_SEED }) ?? 0;
  const named = (flag: string, path: string | undefined) => (path === undefined ? undefined : { flag: `--${flag}`, path });
  checkOutputs({
    command: COMMAND,
    outputs: [named('out', out), named('llm-audit', auditPath)],
    inputs: [named('input', input), named('stats', stats), named('metadata', optionalFlag(args, 'metadata'))],
  });
  const port = await openLlmPort(args, { command: COMMAND });
  try {
    const fromData =
      input !== undefined
        ? await targetsFromInput(input, { args, command: COMMAND, planner: new StatisticalPlanner(), noise: dpNoise(args, COMMAND) })
        : undefined;
    const source = input ?? (stats as string);
    const targets =
      fromData?.targets ?? targetsFromJson(readJsonFile(source, { command: COMMAND, flag: '--stats', maxBytes: FILE_LIMITS.targets }), inputName(source));
    const remedy = input !== undefined ? `leave --min-count at ${DEFAULT_MIN_COUNT} or more` : undefined;
    assertPromptSafe(targets, { choice: { kind: 'llm' }, source, ...(remedy ? { remedy } : {}) });
    const audit: AuditEntry[] = [];
    const suggestions = await suggestRules({ generate: port.generate, targets, seed, contextTokens: port.contextTokens, audit: (e) => audit.push(e) });
    if (auditPath !== undefined) writeOutput({ flag: '--llm-audit', path: auditPath }, JSON.stringify(audit, null, 1) + '\n', COMMAND);
    if (suggestions.failed !== undefined) throw new Error(`${COMMAND}: ${port.modelId} gave no rules: ${suggestions.failed}`);
    const counts = countBrokenTexts(
      suggestions.rules.map((r) => r.text),
      { targets, rows: fromData?.dataset ?? null },
    );
    writeOutput({ flag: '--out', path: out }, suggestedRulesText({ suggestions, counts, model: port.modelId, source: inputName(source), out }), COMMAND);
    const n = suggestions.rules.length;
    const refused = suggestions.refused.length > 0 ? ` (${suggestions.refused.length} more did not fit the columns)` : '';
    process.stdout.write(
      `${COMMAND}: ${port.modelId} suggested ${n} ${n === 1 ? 'rule' : 'rules'}${refused} → ${out}, commented out: delete the "# " before each you accept\n`,
    );
  } finally {
    await port.close();
  }
}
