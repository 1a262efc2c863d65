import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

// The real eslint.config.js on files that do not exist: `npm run lint` fails exactly when a result has an error.
const ROOT = join(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'eslint.config.js') });

/** The rule ids ESLint reports for `text` as if it were the file at `path` (relative to the repository). */
async function ruleIds(path: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: join(ROOT, path) });
  expect(result.fatalErrorCount, JSON.stringify(result.messages)).toBe(0);
  expect(result.warningCount).toBe(0);
  return result.messages.map((m) => m.ruleId ?? 'parse error');
}

describe('npm run lint (eslint.config.js)', () => {
  it('passes a UI file that imports a worker client over several lines and a package it may use', async () => {
    const clean = [
      "import * as Comlink from 'comlink';",
      'import {',
      '  createSynthClient,',
      '  type SynthClient,',
      "} from '../workers/synth-client.ts';",
      '',
      'export const client: SynthClient = createSynthClient();',
      'export const wrap = Comlink.wrap;',
      '',
    ].join('\n');
    expect(await ruleIds('src/ui/planted-clean.ts', clean)).toEqual([]);
  });

  it('fails src/ui importing src/stats, also when the import spans several lines or sits a folder deeper', async () => {
    const multiLine = "import {\n  type Dataset,\n} from '../stats/dataset.ts';\n\nexport type Shown = Dataset;\n";
    expect(await ruleIds('src/ui/planted.ts', multiLine)).toEqual(['import-x/no-restricted-paths']);
    const deeper = "import type { Dataset } from '../../stats/dataset.ts';\n\nexport type Shown = Dataset;\n";
    expect(await ruleIds('src/ui/charts/planted.ts', deeper)).toEqual(['import-x/no-restricted-paths']);
  });

  it('fails a layer reaching up: src/stats importing src/synth, src/synth importing src/llm', async () => {
    const stats = "import { createRng } from '../synth/rng.ts';\n\nexport const rng = createRng;\n";
    expect(await ruleIds('src/stats/planted.ts', stats)).toEqual(['import-x/no-restricted-paths']);
    const synth = "export const load = () => import('../llm/llm-types.ts');\n";
    expect(await ruleIds('src/synth/planted.ts', synth)).toEqual(['import-x/no-restricted-paths']);
  });

  it('fails @mlc-ai/web-llm in src/ui, imported, imported lazily or in a component', async () => {
    const text = "import { CreateMLCEngine } from '@mlc-ai/web-llm';\n\nexport const create = CreateMLCEngine;\n";
    expect(await ruleIds('src/ui/planted.ts', text)).toEqual(['no-restricted-imports']);
    const lazy = "export const load = () => import('@mlc-ai/web-llm');\n";
    expect(await ruleIds('src/ui/planted.ts', lazy)).toEqual(['no-restricted-syntax']);
    const component = `<script lang="ts">\n  import { prebuiltAppConfig } from '@mlc-ai/web-llm';\n</script>\n\n<p>{prebuiltAppConfig.model_list.length}</p>\n`;
    expect(await ruleIds('src/ui/Planted.svelte', component)).toEqual(['no-restricted-imports']);
  });

  it('lets only src/llm import wllama, with or without a ?url suffix', async () => {
    const text = "import wasmUrl from '@wllama/wllama/esm/wasm/wllama.wasm?url';\n\nexport const url = wasmUrl;\n";
    expect(await ruleIds('src/workers/planted.ts', text)).toEqual(['no-restricted-imports']);
    expect(await ruleIds('src/llm/backends/planted.ts', text)).toEqual([]);
  });

  it('fails Math.random in src/synth, called or taken apart', async () => {
    expect(await ruleIds('src/synth/planted.ts', 'export const draw = () => Math.random();\n')).toEqual(['no-restricted-properties']);
    expect(await ruleIds('src/synth/planted.ts', 'const { random } = Math;\n\nexport const draw = random;\n')).toEqual(['no-restricted-properties']);
  });

  it('fails a Node module in src/stats, with or without the node: prefix', async () => {
    const text = "import { readFileSync } from 'node:fs';\nimport { join } from 'path';\n\nexport const read = (a: string) => readFileSync(join(a));\n";
    expect(await ruleIds('src/stats/planted.ts', text)).toEqual(['import-x/no-nodejs-modules', 'import-x/no-nodejs-modules']);
  });

  it('fails an any without a reason and @ts-ignore; an any with a reason passes', async () => {
    expect(await ruleIds('src/ui/planted.ts', 'export const loose = JSON.parse("1") as any;\n')).toEqual(['@typescript-eslint/no-explicit-any']);
    const bare = '// eslint-disable-next-line @typescript-eslint/no-explicit-any\nexport const loose = JSON.parse("1") as any;\n';
    expect(await ruleIds('src/ui/planted.ts', bare)).toEqual(['@eslint-community/eslint-comments/require-description']);
    const reasoned =
      '// eslint-disable-next-line @typescript-eslint/no-explicit-any -- because the planted test needs one\nexport const loose = JSON.parse("1") as any;\n';
    expect(await ruleIds('src/ui/planted.ts', reasoned)).toEqual([]);
    expect(await ruleIds('src/ui/planted.ts', '// @ts-ignore\nexport const n: number = 1;\n')).toEqual(['@typescript-eslint/ban-ts-comment']);
  });

  it('fails a file past 300 lines and a folder of src/ that is not in the layer table', async () => {
    const long = Array.from({ length: 301 }, (_, i) => `export const n${i} = ${i};`).join('\n') + '\n';
    expect(await ruleIds('src/synth/planted.ts', long)).toEqual(['max-lines']);
    expect(await ruleIds('src/planted-layer/planted.ts', 'export const n = 1;\n')).toEqual(['no-restricted-syntax']);
  });

  describe('import cycles (real files: the rule follows imports on disk)', () => {
    // Inside src/ so the project's own rules apply; removed afterwards, even when a check fails.
    const dir = mkdtempSync(join(ROOT, 'src/synth/lint-cycle-test-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('fails two files that import each other, and passes them once the cycle is cut', async () => {
      writeFileSync(join(dir, 'a.ts'), "import { b } from './b.ts';\n\nexport const a = (): number => b() + 1;\n");
      writeFileSync(join(dir, 'b.ts'), "import { a } from './a.ts';\n\nexport const b = (): number => (a.length ? 0 : 1);\n");
      const cyclic = await eslint.lintFiles([dir]);
      const found = cyclic.map((r) => [relative(dir, r.filePath), r.messages.map((m) => m.ruleId)]);
      expect(found).toEqual([
        ['a.ts', ['import-x/no-cycle']],
        ['b.ts', ['import-x/no-cycle']],
      ]);

      writeFileSync(join(dir, 'b.ts'), 'export const b = (): number => 1;\n');
      const cut = await eslint.lintFiles([dir]);
      expect(cut.map((r) => r.messages)).toEqual([[], []]);
    });
  });
});
