// npm run models -- add <folder | file.gguf> [--id <id>] [--models-dir <dir>]
// Checks a downloaded model, copies it under public/models/<id>/ (WebLLM folders under
// <id>/resolve/main/, where WebLLM looks) and records it in public/models/catalogue.json.
// npm run models -- tiny <out.gguf>
// Writes the tiny test model (scripts/tiny-gguf.ts: random weights, valid JSON under a schema,
// nonsense otherwise) so anyone can try the LLM paths: `synth generate --planner llm --model out.gguf`.
// Exit 2 with one line for a broken model or bad arguments; never overwrites a file.
import { cpSync, existsSync, realpathSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkModelFolder, ModelFolderError } from './check-model-folder.ts';
import { writeModelCatalogue } from './model-catalogue-file.ts';
import { buildTinyGguf } from './tiny-gguf.ts';

const USAGE = 'usage: npm run models -- add <folder | file.gguf> [--id <id>] [--models-dir <dir>] | tiny <out.gguf>';
const DEFAULT_DIR = new URL('../public/models', import.meta.url).pathname;

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) fail(`models: --${name} needs a value; ${USAGE}`);
  args.splice(i, 2);
  return value;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** Where the app fetches a model's files from (src/llm/self-hosted-record.ts for WebLLM). */
function destination(options: { modelsDir: string; id: string; kind: 'webllm' | 'gguf' }): string {
  const folder = join(options.modelsDir, options.id);
  return options.kind === 'webllm' ? join(folder, 'resolve', 'main') : folder;
}

async function main(argv: string[]): Promise<void> {
  const args = [...argv];
  const id = flag(args, 'id');
  const modelsDir = resolve(flag(args, 'models-dir') ?? DEFAULT_DIR);
  const [command, path, ...rest] = args;
  if (command === 'tiny') return writeTiny(path, rest);
  if (command !== 'add' || path === undefined || rest.length > 0) fail(`models: ${USAGE}`);
  if (id !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) fail(`models: --id "${id}" may hold only letters, digits, ".", "_" and "-"`);
  try {
    const { entry, root } = await checkModelFolder({ path, id });
    const target = destination({ modelsDir, id: entry.id, kind: entry.kind });
    const inPlace = existsSync(target) && realpathSync(target) === realpathSync(root);
    if (!inPlace) for (const f of entry.files) cpSync(join(root, f.path), join(target, f.path));
    writeModelCatalogue(join(modelsDir, 'catalogue.json'), entry);
    const mb = (entry.bytes / 1e6).toFixed(1);
    console.log(
      `models: ${entry.id} (${entry.kind}, ${entry.files.length} files, ${mb} MB) ${inPlace ? 'checked in place' : `copied to ${target}`}; catalogue.json updated`,
    );
  } catch (e) {
    if (e instanceof ModelFolderError) fail(`models: ${e.message}`);
    throw e;
  }
}

/** The tiny model, with a 16k context so a planner prompt (one token per character, mostly) fits. */
function writeTiny(out: string | undefined, rest: string[]): void {
  if (out === undefined || rest.length > 0) fail(`models: ${USAGE}`);
  if (existsSync(out)) fail(`models: ${out} exists; choose a new file name (models never overwrites a file)`);
  try {
    writeFileSync(out, buildTinyGguf({ seed: 1, contextLength: 16_384 }), { flag: 'wx' });
  } catch (e) {
    fail(`models: ${out}: could not write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  console.log(
    `models: wrote the tiny test model to ${out} (random weights: it writes valid JSON under a schema, and nonsense); try synth generate --planner llm --model ${out}`,
  );
}

await main(process.argv.slice(2));
