import { UsageError } from './usage-error.ts';

type Command = (argv: string[]) => Promise<void>;

// Each command lives in its own file and is loaded only when called.
const COMMANDS: Record<string, () => Promise<Command>> = {
  stats: async () => (await import('./stats-command.ts')).statsCommand,
  evaluate: async () => (await import('./evaluate-command.ts')).evaluateCommand,
  generate: async () => (await import('./generate-command.ts')).generateCommand,
  replay: async () => (await import('./replay-command.ts')).replayCommand,
};

const USAGE = `usage: synth <command> [options]
  stats     --input data.csv [--metadata m.json] [--joints "a,b;c,d"] [--min-count 5] --out stats.json
  evaluate  --real r.csv --synthetic s.csv [--holdout h.csv [--target COLUMN [--positive VALUE]]] [--metadata m.json] [--json]
  generate  (--input data.csv | --stats stats.json) --rows N --seed K --out synthetic.csv
            [--metadata m.json] [--joints "a,b;c,d"] [--min-count 5] [--epsilon E [--delta D] --bounds "col=min..max;…"]
            [--drop-copies] [--rules rules.txt] [--planner statistical] [--iterations N] [--recipe run.json]
  replay    run.json --out synthetic.csv`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) throw new UsageError(`unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')})`);
  await (await load())(rest);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    // Bad arguments and bad files end in one line on stderr and exit code 2; never a stack trace.
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`synth: ${message.split('\n')[0]}\n`);
    process.exit(e instanceof UsageError || isInputError(e) ? 2 : 1);
  },
);

function isInputError(e: unknown): boolean {
  return e instanceof Error && e.name === 'InputError';
}
