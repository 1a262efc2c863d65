import { createHash } from 'node:crypto';
import { createReadStream, existsSync, openSync, readFileSync, readSync, closeSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';

/** One model as public/models/catalogue.json lists it. */
export interface ModelEntry {
  readonly id: string;
  /** "webllm": an MLC folder for WebLLM (WebGPU); "gguf": one llama.cpp file for wllama (CPU). */
  readonly kind: 'webllm' | 'gguf';
  /** Paths relative to the model's folder (public/models/<id>/ for gguf, <id>/resolve/main/ for webllm), sorted. */
  readonly files: readonly { readonly path: string; readonly bytes: number; readonly sha256: string }[];
  readonly bytes: number;
  /** SHA-256 of the file list: one "<sha256>  <path>\n" line per file, as `sha256sum` prints them. */
  readonly sha256: string;
}

/** A broken model folder: the message is the one line the command prints. */
export class ModelFolderError extends Error {
  override readonly name = 'ModelFolderError';
}

const GGUF_MAGIC = 'GGUF';

/**
 * Checks a downloaded model and describes it: a WebLLM folder (mlc-chat-config.json,
 * tensor-cache.json and every shard it lists, at its size, plus a *-webgpu.wasm) or a
 * single .gguf file (or a folder holding exactly one). Throws ModelFolderError naming
 * the first problem.
 */
export async function checkModelFolder(options: { path: string; id?: string }): Promise<{ entry: ModelEntry; root: string }> {
  const { path } = options;
  if (!existsSync(path)) throw new ModelFolderError(`${path}: no such file or folder`);
  if (statSync(path).isFile()) return describeGguf({ file: path, id: options.id });
  const ggufs = readdirSync(path).filter((f) => f.toLowerCase().endsWith('.gguf'));
  if (!existsSync(join(path, 'mlc-chat-config.json')) && ggufs.length === 1) return describeGguf({ file: join(path, ggufs[0]), id: options.id });
  return describeWebLlm({ folder: path, id: options.id ?? basename(path) });
}

async function describeGguf(options: { file: string; id?: string }): Promise<{ entry: ModelEntry; root: string }> {
  const { file } = options;
  if (!file.toLowerCase().endsWith('.gguf')) throw new ModelFolderError(`${file}: not a .gguf file, and not a WebLLM folder`);
  const size = statSync(file).size;
  const head = Buffer.alloc(4);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  if (size < 4 || head.toString('latin1') !== GGUF_MAGIC) {
    throw new ModelFolderError(
      `${file}: not a GGUF file (starts with ${JSON.stringify(head.subarray(0, Math.min(4, size)).toString('latin1'))}, expected "GGUF"); download it again`,
    );
  }
  const id = options.id ?? basename(file).replace(/\.gguf$/i, '');
  const root = join(file, '..');
  return { entry: await entryOf({ id, kind: 'gguf', root, paths: [basename(file)] }), root };
}

async function describeWebLlm(options: { folder: string; id: string }): Promise<{ entry: ModelEntry; root: string }> {
  const { folder, id } = options;
  const config = join(folder, 'mlc-chat-config.json');
  if (!existsSync(config)) throw new ModelFolderError(`${folder}: no mlc-chat-config.json and no single .gguf file; is this a model folder?`);
  readJson(config);
  const cachePath = join(folder, 'tensor-cache.json');
  if (!existsSync(cachePath)) throw new ModelFolderError(`${folder}: tensor-cache.json is missing (WebLLM reads the shard list from it)`);
  const cache = readJson(cachePath) as { records?: { dataPath?: unknown; nbytes?: unknown }[] };
  if (!Array.isArray(cache.records) || cache.records.length === 0) throw new ModelFolderError(`${cachePath}: no "records" (shards) listed`);
  for (const record of cache.records) {
    if (typeof record.dataPath !== 'string' || typeof record.nbytes !== 'number') {
      throw new ModelFolderError(`${cachePath}: a record lacks "dataPath" or "nbytes"`);
    }
    const shard = join(folder, record.dataPath);
    if (!existsSync(shard)) throw new ModelFolderError(`${folder}: shard ${record.dataPath} listed in tensor-cache.json is missing; download it again`);
    const size = statSync(shard).size;
    if (size !== record.nbytes) {
      throw new ModelFolderError(`${folder}: shard ${record.dataPath} has ${size} bytes, tensor-cache.json says ${record.nbytes}; the download is incomplete`);
    }
  }
  const paths = [...walk(folder)].map((p) => relative(folder, p).split(sep).join('/'));
  if (!paths.some((p) => p.endsWith('-webgpu.wasm'))) {
    throw new ModelFolderError(`${folder}: no *-webgpu.wasm model library; copy the one for this model (binary-mlc-llm-libs) into the folder`);
  }
  return { entry: await entryOf({ id, kind: 'webllm', root: folder, paths }), root: folder };
}

async function entryOf(options: { id: string; kind: ModelEntry['kind']; root: string; paths: string[] }): Promise<ModelEntry> {
  const files = [];
  for (const path of [...options.paths].sort()) {
    const full = join(options.root, path);
    files.push({ path, bytes: statSync(full).size, sha256: await sha256File(full) });
  }
  const listing = files.map((f) => `${f.sha256}  ${f.path}\n`).join('');
  return {
    id: options.id,
    kind: options.kind,
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    sha256: createHash('sha256').update(listing).digest('hex'),
  };
}

/** Streams the file: shards and GGUFs are gigabytes. */
function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ModelFolderError(`${path}: not valid JSON (${(e as Error).message})`);
  }
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
