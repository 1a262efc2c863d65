import type { CommandSpec } from './command-specs.ts';
import { UsageError } from './usage-error.ts';

export interface ParsedArgs {
  readonly positional: string[];
  /** Each option's value (a repeatable option's first). */
  readonly flags: Map<string, string | true>;
  /** Every value of a repeatable option, in order (`--table a.csv --table b.csv`). */
  readonly lists: Map<string, string[]>;
}

/**
 * `--key value`, `--key=value` and bare `--switch`; anything else is positional.
 * An option given twice is refused: which of two `--out` or `--input` files was
 * meant is not for Synthor to guess.
 */
export function parseArgs(
  argv: readonly string[],
  options: { switches: ReadonlySet<string>; known: readonly string[]; command: string; repeatable?: ReadonlySet<string> },
): ParsedArgs {
  const { switches, known, command } = options;
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const key = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (key === '') throw new UsageError(`${command}: "${a}" names no option; options look like --out file.csv`);
    checkKnown(key, known, command);
    const repeatable = options.repeatable?.has(key) ?? false;
    if (flags.has(key) && !repeatable) throw new UsageError(`${command}: --${key} is given twice; give it once`);
    const set = (value: string) => {
      if (!flags.has(key)) flags.set(key, value);
      if (repeatable) (lists.get(key) ?? lists.set(key, []).get(key))?.push(value);
    };
    if (eq > 0) set(a.slice(eq + 1));
    else if (switches.has(key)) flags.set(key, true);
    else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${command}: --${key} needs a value`);
      set(next);
      i++;
    }
  }
  return { positional, flags, lists };
}

/** Rejects an option the command does not know, so a typo is never silently ignored (nor takes the next word as its value). */
function checkKnown(key: string, known: readonly string[], command: string): void {
  if (!known.includes(key)) throw new UsageError(`${command}: unknown option --${key} (known: ${known.map((k) => '--' + k).join(', ')})`);
}

/**
 * A command's arguments read against its spec: only its options, switches
 * without a value, and a positional argument only where the spec has one.
 */
export function parseCommandArgs(argv: readonly string[], spec: CommandSpec): ParsedArgs {
  const switches = spec.options.filter((o) => o.value === undefined).map((o) => o.name);
  const repeatable = new Set(spec.options.filter((o) => o.repeatable).map((o) => o.name));
  const args = parseArgs(argv, { switches: new Set(switches), known: spec.options.map((o) => o.name), command: spec.name, repeatable });
  for (const name of switches) if (typeof args.flags.get(name) === 'string') throw new UsageError(`${spec.name}: --${name} takes no value`);
  const allowed = spec.positional ? 1 : 0;
  if (args.positional.length > allowed) throw new UsageError(`${spec.name}: unexpected argument "${args.positional[allowed]}"; options start with --`);
  return args;
}

export function requireFlag(args: ParsedArgs, key: string, command: string): string {
  const v = args.flags.get(key);
  if (v === undefined || v === true) throw new UsageError(`${command}: --${key} is required`);
  return v;
}

/** Every value of a repeatable option, in the order given; empty when it is not given. */
export function listFlag(args: ParsedArgs, key: string): string[] {
  return args.lists.get(key) ?? [];
}

export function optionalFlag(args: ParsedArgs, key: string): string | undefined {
  const v = args.flags.get(key);
  return v === true ? undefined : v;
}
