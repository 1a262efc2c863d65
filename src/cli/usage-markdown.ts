import { COMMAND_SPECS, type CommandSpec } from './command-specs.ts';
import { fill, requirement, synopsisWords } from './usage-text.ts';

/** The README's command-line reference lies between these lines; `npm run docs:usage` rewrites it. */
export const USAGE_BEGIN = '<!-- usage: generated from src/cli/command-specs.ts by `npm run docs:usage`; edit there -->';
export const USAGE_END = '<!-- usage: end -->';

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** One command: a heading, what it does, its synopsis and a table of its options. */
function commandMarkdown(spec: CommandSpec): string {
  const lead = `synth ${spec.name} `;
  const rows = [
    ...(spec.positional ? [[`\`${spec.positional.value}\``, spec.positional.help]] : []),
    ...spec.options.map((o) => {
      const needed = requirement(spec, o);
      return [`\`--${o.name}${o.value ? ' ' + o.value : ''}\``, needed ? `**${needed[0].toUpperCase()}${needed.slice(1)}.** ${o.help}` : o.help];
    }),
  ];
  return [
    `### \`synth ${spec.name}\``,
    '',
    spec.summary,
    '',
    '```text',
    ...fill(synopsisWords(spec), { lead, indent: ' '.repeat(lead.length) }),
    '```',
    '',
    '| Option | What it does |',
    '| --- | --- |',
    ...rows.map(([name, help]) => `| ${cell(name)} | ${cell(help)} |`),
  ].join('\n');
}

/** The whole reference, markers included. */
export function usageMarkdown(): string {
  return [USAGE_BEGIN, '', COMMAND_SPECS.map(commandMarkdown).join('\n\n'), '', USAGE_END].join('\n');
}

/** The README with its reference replaced by the current one; throws if the markers are missing. */
export function readmeWithUsage(readme: string): string {
  const begin = readme.indexOf(USAGE_BEGIN);
  const end = readme.indexOf(USAGE_END);
  if (begin < 0 || end < begin) throw new Error(`README.md: no "${USAGE_BEGIN}" … "${USAGE_END}" section to fill`);
  return readme.slice(0, begin) + usageMarkdown() + readme.slice(end + USAGE_END.length);
}
