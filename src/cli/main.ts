import { commandSpec } from './command-specs.ts';
import { terminalLine } from './printable.ts';
import { UsageError } from './usage-error.ts';
import { commandHelp, usageText } from './usage-text.ts';

type Command = (argv: string[]) => Promise<void>;

// Each command lives in its own file and is loaded only when called.
const COMMANDS: Record<string, () => Promise<Command>> = {
  stats: async () => (await import('./stats-command.ts')).statsCommand,
  evaluate: async () => (await import('./evaluate-command.ts')).evaluateCommand,
  generate: async () => (await import('./generate-command.ts')).generateCommand,
  replay: async () => (await import('./replay-command.ts')).replayCommand,
  'suggest-rules': async () => (await import('./suggest-rules-command.ts')).suggestRulesCommand,
};

const HELP = ['--help', '-h'];

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || HELP.includes(name)) {
    process.stdout.write(usageText() + '\n');
    if (name) return 0;
    throw new UsageError(`give a command: ${Object.keys(COMMANDS).join(', ')} (usage above)`);
  }
  const load = COMMANDS[name];
  if (!load) throw new UsageError(`unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')})`);
  if (rest.some((a) => HELP.includes(a))) {
    process.stdout.write(commandHelp(commandSpec(name)) + '\n');
    return 0;
  }
  await (
    await load()
  )(rest);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    // Bad arguments and bad files end in one line on stderr and exit code 2; never a stack trace,
    // and never a control character from a file or an argument echoed raw to the terminal.
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`synth: ${terminalLine(message)}\n`);
    process.exit(e instanceof UsageError || isInputError(e) ? 2 : 1);
  },
);

function isInputError(e: unknown): boolean {
  return e instanceof Error && e.name === 'InputError';
}
