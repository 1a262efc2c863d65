import { COMMAND_SPECS, type CommandSpec, type OptionSpec } from './command-specs.ts';

/** Text width of the help, as the README's code blocks. */
const WIDTH = 100;

const flag = (o: OptionSpec): string => (o.value ? `--${o.name} ${o.value}${o.repeatable ? ' …' : ''}` : `--${o.name}`);

/** The command's arguments in table order: `(--input data.csv | --stats stats.json) --rows N [--bins N]`. */
export function synopsisWords(spec: CommandSpec): string[] {
  const words = spec.positional ? [spec.positional.value] : [];
  const groups = new Set<string>();
  for (const o of spec.options) {
    if (o.oneOf === undefined) words.push(o.required ? flag(o) : `[${flag(o)}]`);
    else if (!groups.has(o.oneOf)) {
      groups.add(o.oneOf);
      words.push(
        `(${spec.options
          .filter((p) => p.oneOf === o.oneOf)
          .map(flag)
          .join(' | ')})`,
      );
    }
  }
  return words;
}

/** Words filled into lines of at most `width` characters, the first after `lead`, the rest after `indent`. */
export function fill(words: readonly string[], options: { lead: string; indent: string; width?: number }): string[] {
  const width = options.width ?? WIDTH;
  const lines: string[] = [];
  let line = options.lead;
  for (const word of words) {
    const blank = line === options.lead || line === options.indent;
    if (!blank && line.length + 1 + word.length > width) {
      lines.push(line);
      line = options.indent + word;
    } else line += (blank ? '' : ' ') + word;
  }
  return [...lines, line];
}

/** `required`, `one of --input, --stats` for an option of a oneOf group, or undefined for an optional one. */
export function requirement(spec: CommandSpec, o: OptionSpec): string | undefined {
  if (o.required) return 'required';
  if (o.oneOf === undefined) return undefined;
  return `one of ${spec.options
    .filter((p) => p.oneOf === o.oneOf)
    .map((p) => '--' + p.name)
    .join(', ')}`;
}

/** `synth --help`: every command's synopsis. */
export function usageText(): string {
  const pad = Math.max(...COMMAND_SPECS.map((c) => c.name.length)) + 2;
  const commands = COMMAND_SPECS.flatMap((spec) => fill(synopsisWords(spec), { lead: `  ${spec.name.padEnd(pad)}`, indent: ' '.repeat(pad + 2) }));
  return ['usage: synth <command> [options]; synth <command> --help says what each option does', ...commands].join('\n');
}

/** `synth <command> --help`: the synopsis, what the command does, then every option. */
export function commandHelp(spec: CommandSpec): string {
  const lead = `usage: synth ${spec.name} `;
  const options = [
    ...(spec.positional ? [{ head: spec.positional.value, help: spec.positional.help }] : []),
    ...spec.options.map((o) => {
      const needed = requirement(spec, o);
      return { head: needed ? `${flag(o)}  (${needed})` : flag(o), help: o.help };
    }),
  ];
  return [
    ...fill(synopsisWords(spec), { lead, indent: ' '.repeat(lead.length) }),
    '',
    ...fill(spec.summary.split(' '), { lead: '', indent: '' }),
    ...options.flatMap(({ head, help }) => ['', `  ${head}`, ...fill(help.split(' '), { lead: '      ', indent: '      ' })]),
  ].join('\n');
}
