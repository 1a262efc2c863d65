// `npm run lint`: the house rules (docs/architecture.md, "Layers" and "Conventions") and rules that catch real bugs.
// Style is Prettier's job (`npm run format:check`), not ESLint's.
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

const ROOT = import.meta.dirname;
const SVELTE_FILES = ['**/*.svelte', '**/*.svelte.ts'];

// Which of our folders each layer of src/ may import from (besides itself).
const LAYERS = {
  stats: [],
  synth: ['stats'],
  llm: ['synth', 'stats'],
  workers: ['stats', 'synth', 'llm'],
  ui: ['workers', 'sw'],
  cli: ['stats', 'synth', 'llm'],
  kiosk: ['workers', 'ui'],
  sw: [],
};

// Packages only some layers may import. src/main.ts is in no layer: the entry point wires them and mounts the app.
// ml-xgboost loads its wasm with require and __dirname, node-llama-cpp runs llama.cpp natively: Node only, so the CLI. ml-random-forest is pure JavaScript:
// the report's utility learner, which runs in the synth worker (src/workers/forest/).
const OWNED_PACKAGES = {
  '@mlc-ai/web-llm': ['llm'],
  '@wllama/wllama': ['llm'],
  svelte: ['ui', 'kiosk'],
  'ml-xgboost': ['cli'],
  'node-llama-cpp': ['cli'],
  'ml-random-forest': ['workers'],
};

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** `pkg`, `pkg/sub/path` and `pkg?url`, never `pkg-other`. */
const packageRegex = (pkg) => `^${escapeRegex(pkg)}([/?]|$)`;

/** The rules for one layer: the folders of ours it may not import, the packages it does not own. */
function layerConfig(layer) {
  const forbiddenLayers = Object.keys(LAYERS).filter((other) => other !== layer && !LAYERS[layer].includes(other));
  const forbiddenPackages = Object.keys(OWNED_PACKAGES).filter((pkg) => !OWNED_PACKAGES[pkg].includes(layer));
  const allowed = LAYERS[layer].length ? LAYERS[layer].map((l) => `src/${l}`).join(', ') : 'nothing else of ours';
  const packageMessage = (pkg) => `only ${OWNED_PACKAGES[pkg].map((l) => `src/${l}`).join(' and ')} may import ${pkg} (OWNED_PACKAGES in eslint.config.js).`;
  return {
    name: `synthor/layer-${layer}`,
    files: [`src/${layer}/**/*.{ts,svelte,js}`],
    rules: {
      // On resolved paths, so every spelling counts: `../x`, `../../x`, a multi-line import, import(), require().
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: ROOT,
          zones: [
            {
              target: `src/${layer}`,
              from: forbiddenLayers.map((l) => `src/${l}`),
              message: `src/${layer} may import only ${allowed} (docs/architecture.md, "Layers").`,
            },
          ],
        },
      ],
      // On the written name, so `pkg/sub?url` counts even where nothing resolves it.
      'no-restricted-imports': ['error', { patterns: forbiddenPackages.map((pkg) => ({ regex: packageRegex(pkg), message: packageMessage(pkg) })) }],
      // import() and require(), which no-restricted-imports does not look at.
      'no-restricted-syntax': [
        'error',
        ...forbiddenPackages.flatMap((pkg) => [
          { selector: `ImportExpression[source.value=/${packageRegex(pkg)}/]`, message: packageMessage(pkg) },
          {
            selector: `CallExpression[callee.name='require'][arguments.0.value=/${packageRegex(pkg)}/]`,
            message: packageMessage(pkg),
          },
        ]),
      ],
    },
  };
}

export default defineConfig([
  globalIgnores(['dist/', 'coverage/', 'test-results/', 'bench/results/', 'public/', '.vite/', '.vitest-attachments/']),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error', reportUnusedInlineConfigs: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  // Svelte's rules for components and rune modules only (some of them wrap core rules that a CommonJS file trips).
  svelte.configs.recommended.map((config) => (config.rules && !config.files ? { ...config, files: SVELTE_FILES } : config)),
  comments.recommended,
  {
    // Globals matter only to the plain .js/.mjs/.cjs scripts: in .ts and .svelte TypeScript checks names (no-undef off).
    name: 'synthor/languages',
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { extraFileExtensions: ['.svelte'] },
    },
  },
  {
    name: 'synthor/svelte',
    files: SVELTE_FILES,
    languageOptions: { parserOptions: { parser: tseslint.parser, svelteConfig } },
  },
  {
    // TypeScript checks names and these statements itself (typescript-eslint's eslint-recommended, for .svelte too).
    name: 'synthor/svelte-typescript',
    files: ['**/*.svelte'],
    rules: tseslint.configs.eslintRecommended.rules,
  },
  {
    name: 'synthor/svelte-rules',
    files: SVELTE_FILES,
    rules: {
      // `let { a, b } = $props()` is how Svelte 5 declares props; svelte/prefer-const knows the runes.
      'prefer-const': 'off',
      'svelte/prefer-const': 'error',
      // Flags every local Set or URL in a .svelte.ts class, also those never kept in state (a fetch URL, a lookup set).
      'svelte/prefer-svelte-reactivity': 'off',
      // Style only; `{' '}` keeps a space that Svelte would trim at the edge of a block.
      'svelte/no-useless-mustaches': 'off',
    },
  },
  {
    // CommonJS on purpose: scripts/check-node.cjs has to run on the old Node it complains about.
    name: 'synthor/commonjs',
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    name: 'synthor/everywhere',
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.svelte', '.js', '.mjs'] })],
      'import-x/extensions': ['.ts', '.svelte', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'], 'svelte-eslint-parser': ['.svelte'] },
    },
    rules: {
      // One concept per file: every line counts, comments too, as `wc -l` would.
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
      // An `any` says why: `// eslint-disable-next-line @typescript-eslint/no-explicit-any -- because …`.
      '@typescript-eslint/no-explicit-any': 'error',
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: [] }],
      // Fix the type instead; @ts-expect-error stays possible, with a description.
      '@typescript-eslint/ban-ts-comment': 'error',
      // `_name` marks a parameter or a destructured part left out on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    name: 'synthor/src',
    files: ['src/**/*.{ts,svelte,js}'],
    // import-x/no-cycle parses the components a .ts file imports with these options: TypeScript in <script lang="ts">.
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    rules: {
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'pass a seeded rng (src/synth/rng.ts) instead of Math.random.' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  ...Object.keys(LAYERS).map(layerConfig),
  {
    // A new folder of src/ would otherwise import anything: it has to get a row in LAYERS first.
    name: 'synthor/unknown-layer',
    files: ['src/*/**'],
    ignores: Object.keys(LAYERS).map((layer) => `src/${layer}/**`),
    rules: {
      'no-restricted-syntax': ['error', { selector: 'Program', message: 'this folder of src/ is not a layer yet: add it to LAYERS in eslint.config.js.' }],
    },
  },
  {
    // Pure TypeScript that runs under Node and in a worker unchanged.
    name: 'synthor/pure',
    files: ['src/stats/**', 'src/synth/**'],
    rules: { 'import-x/no-nodejs-modules': ['error'] },
  },
]);
