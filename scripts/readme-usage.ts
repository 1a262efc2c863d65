// npm run docs:usage: rewrites the README's command-line reference from src/cli/command-specs.ts,
// the source `synth --help` prints from. test/docs/readme-usage.test.ts fails while they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { readmeWithUsage } from '../src/cli/usage-markdown.ts';

const README = new URL('../README.md', import.meta.url).pathname;
const before = readFileSync(README, 'utf8');
const after = readmeWithUsage(before);
if (after !== before) writeFileSync(README, after);
console.log(after === before ? 'docs:usage: README.md already up to date' : 'docs:usage: README.md command-line reference rewritten');
