import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = new URL('../../', import.meta.url).pathname;

export interface GenerateOptions {
  readonly input: string;
  readonly metadata?: string;
  readonly rows: number;
  readonly seed: number;
  readonly out: string;
  /** More options, as a user would add them (e.g. --epsilon). */
  readonly extra?: readonly string[];
}

/**
 * Runs `synth generate` as a user would (`npm run synth`, i.e. tsx
 * src/cli/main.ts) with its defaults, so the benchmark measures the command
 * itself, not a library call that could drift from it. Returns the wall time.
 */
export async function generateWithCli({ input, metadata, rows, seed, out, extra = [] }: GenerateOptions): Promise<number> {
  const args = [
    'src/cli/main.ts',
    'generate',
    '--input',
    input,
    ...(metadata ? ['--metadata', metadata] : []),
    '--rows',
    String(rows),
    '--seed',
    String(seed),
    '--out',
    out,
    ...extra,
  ];
  const start = performance.now();
  try {
    await promisify(execFile)(join(ROOT, 'node_modules/.bin/tsx'), args, { cwd: ROOT, maxBuffer: 1 << 24 });
  } catch (e) {
    const stderr = (e as { stderr?: string }).stderr ?? '';
    throw new Error(`bench: synth generate failed for ${input} (seed ${seed}): ${stderr.trim() || (e as Error).message}`, { cause: e });
  }
  return performance.now() - start;
}
