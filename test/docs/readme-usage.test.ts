import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMAND_SPECS } from '../../src/cli/command-specs.ts';
import { readmeWithUsage, usageMarkdown, USAGE_BEGIN, USAGE_END } from '../../src/cli/usage-markdown.ts';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe("the README's command-line reference", () => {
  it('is the one generated from src/cli/command-specs.ts (run `npm run docs:usage` after changing an option)', () => {
    expect(README).toContain(USAGE_BEGIN);
    expect(README).toContain(USAGE_END);
    // Compared as text, so the failure shows the lines that drifted.
    expect(README.slice(README.indexOf(USAGE_BEGIN), README.indexOf(USAGE_END) + USAGE_END.length)).toBe(usageMarkdown());
    expect(readmeWithUsage(README)).toBe(README);
  });

  it('documents every option of every command, and replacing it leaves the rest of the README alone', () => {
    const reference = usageMarkdown();
    for (const spec of COMMAND_SPECS) {
      for (const o of spec.options) expect(reference, `${spec.name} --${o.name}`).toContain(`| \`--${o.name}`);
    }
    const edited = README.replace(USAGE_END, `| \`--stale\` | gone |\n${USAGE_END}`);
    expect(readmeWithUsage(edited)).toBe(README);
    expect(() => readmeWithUsage('# no markers\n')).toThrow(/no "<!-- usage: generated/);
  });

  it('uses only options its commands take in the examples written by hand', () => {
    const examples = [...README.matchAll(/npm run --silent synth -- (\w+) (.*)/g)];
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const [line, command, rest] of examples) {
      const spec = COMMAND_SPECS.find((c) => c.name === command);
      expect(spec, line).toBeDefined();
      for (const [, name] of rest.matchAll(/--([a-z-]+)/g))
        expect(
          spec?.options.map((o) => o.name),
          line,
        ).toContain(name);
    }
  });
});
