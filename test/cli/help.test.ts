import { describe, expect, it } from 'vitest';
import { commandSpec, COMMAND_SPECS } from '../../src/cli/command-specs.ts';
import { commandHelp, usageText } from '../../src/cli/usage-text.ts';
import { synth } from './run-synth.ts';

describe('synth --help and synth <command> --help', () => {
  it('prints every command from the option table, exit 0; no command at all is a usage error, exit 2', async () => {
    const help = await synth(['--help'], { tsx: true });
    expect(help.code).toBe(0);
    expect(help.stdout).toBe(usageText() + '\n');
    for (const spec of COMMAND_SPECS) expect(help.stdout).toMatch(new RegExp(`^  ${spec.name} `, 'm'));
    const none = await synth([], { tsx: true });
    expect(none.code).toBe(2);
    expect(none.stdout).toBe(usageText() + '\n');
  });

  it.each(COMMAND_SPECS.map((c) => c.name))('%s --help says what each of its options does, before reading any other argument', async (name) => {
    const run = await synth([name, '--out', '/nonexistent/x', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(commandHelp(commandSpec(name)) + '\n');
    for (const o of commandSpec(name).options) expect(run.stdout).toMatch(new RegExp(`^  --${o.name}\\b`, 'm'));
  });

  it('names --bins, --top-k and --drop-copies with their defaults and limits', () => {
    const generate = commandHelp(commandSpec('generate'));
    expect(generate).toMatch(/--bins N\n.*Quantile bins per numeric or datetime column[\s\S]*at most 32; under `--epsilon`, 6/);
    expect(generate).toMatch(/--top-k K\n.*most frequent first; the rest are pooled into one\s+`\(other\)` category[\s\S]*?Default 50\./);
    expect(generate).toMatch(/--drop-copies\n.*Drops synthetic rows identical to an input row[\s\S]*Needs `--input`; not with `--epsilon`/);
    expect(commandHelp(commandSpec('stats'))).toMatch(/--bins N[\s\S]*--top-k K/);
  });

  it.each([
    [['evaluate', '--json=yes'], 'synth: evaluate: --json takes no value\n'],
    [['generate', '--drop-copies=1'], 'synth: generate: --drop-copies takes no value\n'],
    [['replay', 'a.json', 'b.json', '--out', 'x.csv'], 'synth: replay: unexpected argument "b.json"; options start with --\n'],
    [['stats', '--input', 'x.csv', '--rows', '5'], /^synth: stats: unknown option --rows \(known: --input, --table, --out, --metadata, /],
  ])('reads arguments by the option table: %j', async (args, message) => {
    const run = await synth(args);
    expect(run.code).toBe(2);
    if (typeof message === 'string') expect(run.stderr).toBe(message);
    else expect(run.stderr).toMatch(message);
  });
});
