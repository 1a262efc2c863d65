import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const SCRIPT = new URL('../../scripts/models.ts', import.meta.url).pathname;
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

// The real command, as `npm run models -- add …` runs it, on fake models made here.
async function models(args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', SCRIPT, ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run models -- add', () => {
  let dir: string;
  let modelsDir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'synthor-models-'));
    modelsDir = join(dir, 'public-models');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function webllmFolder(name: string, shards: Record<string, number>): string {
    const folder = join(dir, name);
    mkdirSync(folder);
    writeFileSync(join(folder, 'mlc-chat-config.json'), JSON.stringify({ model_type: 'qwen2', context_window_size: 512 }));
    writeFileSync(join(folder, 'tokenizer.json'), '{"version":"1.0"}');
    writeFileSync(join(folder, `${name}-webgpu.wasm`), Buffer.from([0, 0x61, 0x73, 0x6d]));
    const records = Object.entries(shards).map(([dataPath, nbytes]) => ({ dataPath, format: 'raw-shard', nbytes, records: [] }));
    writeFileSync(join(folder, 'tensor-cache.json'), JSON.stringify({ metadata: {}, records }));
    for (const [path, nbytes] of Object.entries(shards)) writeFileSync(join(folder, path), Buffer.alloc(nbytes, path.length));
    return folder;
  }

  const catalogue = () => JSON.parse(readFileSync(join(modelsDir, 'catalogue.json'), 'utf8'));

  it('adds a WebLLM folder: copies it where WebLLM looks and records sizes and hashes', async () => {
    const folder = webllmFolder('Tiny-q4f32_1-MLC', { 'params_shard_0.bin': 1000, 'params_shard_1.bin': 24 });
    const out = await models(['add', folder, '--models-dir', modelsDir]);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^models: Tiny-q4f32_1-MLC \(webllm, 6 files/);
    const [entry] = catalogue().models;
    expect(entry.id).toBe('Tiny-q4f32_1-MLC');
    expect(entry.kind).toBe('webllm');
    expect(entry.files.map((f: { path: string }) => f.path)).toEqual([
      'Tiny-q4f32_1-MLC-webgpu.wasm',
      'mlc-chat-config.json',
      'params_shard_0.bin',
      'params_shard_1.bin',
      'tensor-cache.json',
      'tokenizer.json',
    ]);
    const shard = entry.files.find((f: { path: string }) => f.path === 'params_shard_0.bin');
    expect(shard).toEqual({ path: 'params_shard_0.bin', bytes: 1000, sha256: sha(Buffer.alloc(1000, 18)) });
    expect(entry.bytes).toBe(entry.files.reduce((s: number, f: { bytes: number }) => s + f.bytes, 0));
    const listing = entry.files.map((f: { path: string; sha256: string }) => `${f.sha256}  ${f.path}\n`).join('');
    expect(entry.sha256).toBe(sha(listing));
    expect(existsSync(join(modelsDir, 'Tiny-q4f32_1-MLC', 'resolve', 'main', 'params_shard_1.bin'))).toBe(true);
  });

  it('adds a GGUF next to an existing entry and replaces an entry of the same id', async () => {
    const folder = webllmFolder('A-MLC', { 'params_shard_0.bin': 10 });
    await models(['add', folder, '--models-dir', modelsDir]);
    const gguf = join(dir, 'tiny.gguf');
    const bytes = Buffer.concat([Buffer.from('GGUF'), Buffer.from([3, 0, 0, 0]), Buffer.alloc(56, 7)]);
    writeFileSync(gguf, bytes);
    expect((await models(['add', gguf, '--models-dir', modelsDir])).code).toBe(0);
    writeFileSync(gguf, Buffer.concat([bytes, Buffer.alloc(8)]));
    expect((await models(['add', gguf, '--models-dir', modelsDir])).code).toBe(0);
    const { models: entries } = catalogue();
    expect(entries.map((m: { id: string; kind: string }) => `${m.id}:${m.kind}`)).toEqual(['A-MLC:webllm', 'tiny:gguf']);
    expect(entries[1].files).toEqual([{ path: 'tiny.gguf', bytes: 72, sha256: sha(Buffer.concat([bytes, Buffer.alloc(8)])) }]);
    expect(readFileSync(join(modelsDir, 'tiny', 'tiny.gguf')).length).toBe(72);
  });

  const broken: [string, (folder: string) => string, RegExp][] = [
    ['a missing shard', (f) => (rmSync(join(f, 'params_shard_1.bin')), f), /shard params_shard_1\.bin listed in tensor-cache\.json is missing/],
    [
      'a shard of the wrong size',
      (f) => (writeFileSync(join(f, 'params_shard_0.bin'), Buffer.alloc(999)), f),
      /params_shard_0\.bin has 999 bytes, tensor-cache\.json says 1000/,
    ],
    ['no model library', (f) => (rmSync(join(f, 'Broken-MLC-webgpu.wasm')), f), /no \*-webgpu\.wasm model library/],
    ['no tensor-cache.json', (f) => (rmSync(join(f, 'tensor-cache.json')), f), /tensor-cache\.json is missing/],
    [
      'a .gguf that is not GGUF',
      (f) => (writeFileSync(join(f, '..', 'fake.gguf'), '<html>404</html>'), join(f, '..', 'fake.gguf')),
      /fake\.gguf: not a GGUF file \(starts with "<htm"/,
    ],
    ['a path that does not exist', (f) => join(f, 'nope'), /nope: no such file or folder/],
  ];

  it.each(broken)('refuses %s with one line and exit 2, leaving the catalogue alone', async (_, breakIt, message) => {
    const path = breakIt(webllmFolder('Broken-MLC', { 'params_shard_0.bin': 1000, 'params_shard_1.bin': 24 }));
    const out = await models(['add', path, '--models-dir', modelsDir]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(modelsDir, 'catalogue.json'))).toBe(false);
  });

  it('explains its usage with exit 2', async () => {
    const out = await models(['remove', 'x']);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^models: usage: npm run models -- add/);
  });
});

describe('npm run models -- tiny', () => {
  it('writes the tiny test model (a GGUF with a 16k context) and never overwrites a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'synthor-models-tiny-'));
    try {
      const out = join(dir, 'tiny.gguf');
      const made = await models(['tiny', out]);
      expect(made.code).toBe(0);
      expect(made.stdout).toContain(`try synth generate --planner llm --model ${out}`);
      const bytes = readFileSync(out);
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('GGUF');
      expect(bytes.includes(Buffer.from('llama.context_length'))).toBe(true);
      const again = await models(['tiny', out]);
      expect(again.code).toBe(2);
      expect(again.stderr).toBe(`models: ${out} exists; choose a new file name (models never overwrites a file)\n`);
      expect(sha(readFileSync(out))).toBe(sha(bytes));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
