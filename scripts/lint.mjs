// House rules that a type checker cannot see (docs/architecture.md, "Layers" and "Conventions").
// Prints one line per violation and exits 1 if there is any.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const MAX_LINES = 300;

// Which of our folders each layer may import from (besides itself).
const LAYERS = {
  stats: [],
  synth: ['stats'],
  llm: ['synth', 'stats'],
  workers: ['stats', 'synth', 'llm'],
  ui: ['workers'],
  cli: ['stats', 'synth'],
  kiosk: ['workers', 'ui'],
  sw: [],
};
// Packages only one layer may import. ml-xgboost loads its wasm with require and __dirname: Node only, so the CLI.
const OWNED_PACKAGES = { '@mlc-ai/web-llm': 'llm', '@wllama/wllama': 'llm', svelte: 'ui', 'ml-xgboost': 'cli' };

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|svelte)$/.test(name)) yield path;
  }
}

const problems = [];
for (const path of files(join(ROOT, 'src'))) {
  const rel = relative(ROOT, path).split(sep).join('/');
  const layer = rel.split('/')[1];
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  if (lines.length > MAX_LINES) problems.push(`${rel}: ${lines.length} lines (over ${MAX_LINES}); split it by concept`);
  lines.forEach((line, i) => {
    const at = `${rel}:${i + 1}`;
    if (/\bMath\.random\b/.test(line)) problems.push(`${at}: Math.random; pass a seeded rng (src/synth/rng.ts)`);
    if (/@ts-ignore|@ts-nocheck/.test(line)) problems.push(`${at}: @ts-ignore/@ts-nocheck; fix the type instead`);
    if (/(:\s*any\b|as any\b|<any>)/.test(line) && !/\/\/.*any:/.test(line) && !/\/\/ .*because/.test(lines[i - 1] ?? '')) {
      problems.push(`${at}: 'any' without a one-line reason (a comment on the line before, "because …")`);
    }
    // require('…') too: a CommonJS-only package (ml-xgboost) is loaded through createRequire.
    const m = /^\s*(?:import|export)\s[^'"]*from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(['"]([^'"]+)['"]\)|\brequire\(['"]([^'"]+)['"]\)/.exec(line);
    const spec = m && (m[1] ?? m[2] ?? m[3] ?? m[4]);
    if (!spec) return;
    if (spec.startsWith('.')) {
      const target = relative(join(ROOT, 'src'), join(path, '..', spec)).split(sep)[0];
      if (target !== layer && LAYERS[layer] && !LAYERS[layer].includes(target) && target in LAYERS) {
        problems.push(`${at}: src/${layer} may not import src/${target} (${spec})`);
      }
    } else {
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      const owner = OWNED_PACKAGES[pkg];
      if (owner && owner !== layer && !(layer === 'ui' || rel === 'src/main.ts')) problems.push(`${at}: only src/${owner} may import ${pkg}`);
      if ((layer === 'stats' || layer === 'synth') && spec.startsWith('node:')) problems.push(`${at}: src/${layer} must stay pure (no ${spec})`);
    }
  });
}

for (const p of problems) console.log(p);
console.log(problems.length ? `lint: ${problems.length} problem(s)` : 'lint: clean');
process.exit(problems.length ? 1 : 0);
