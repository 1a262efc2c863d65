import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';

const ROOT = new URL('../../', import.meta.url).pathname;
const TIME = '/usr/bin/time';

export interface CliStep {
  /** Wall time of the child process, start to exit (Node and tsx start-up included, ~0.5 s). */
  readonly ms: number;
  /** Peak resident set size of the child, from GNU time's %M; null where /usr/bin/time is missing. */
  readonly peakRssMb: number | null;
  readonly ok: boolean;
  /** The machine's 1-minute load average when the step ended: above the core count, other work shared the CPU. */
  readonly load: number;
  /** Why it failed: the last lines of its stderr, or the timeout. */
  readonly error?: string;
}

/**
 * Runs `synth <args>` the way `npm run synth` does (tsx on src/cli/main.ts),
 * but as `node --import tsx` so there is one process to measure; under GNU
 * `time` for its peak RSS. stdout goes to `stdoutFile` (e.g. evaluate --json).
 * A step that fails or passes `timeoutMs` is reported, not thrown.
 */
export async function runCli(args: readonly string[], options: { timeoutMs: number; stdoutFile?: string }): Promise<CliStep> {
  const timeFile = `/tmp/synthor-scale-time-${process.pid}-${Date.now()}.txt`;
  const node = [process.execPath, '--import', 'tsx', 'src/cli/main.ts', ...args];
  const [command, ...rest] = existsSync(TIME) ? [TIME, '-f', '%M', '-o', timeFile, ...node] : node;
  const out = options.stdoutFile ? openSync(options.stdoutFile, 'w') : 'ignore';
  const start = performance.now();
  const child = spawn(command, rest, { cwd: ROOT, stdio: ['ignore', out, 'pipe'], detached: true });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    // The whole group: GNU time and the node under it.
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  }, options.timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  const ms = performance.now() - start;
  if (typeof out === 'number') closeSync(out);
  const peakRssMb = existsSync(timeFile) ? peakFrom(readFileSync(timeFile, 'utf8')) : null;
  rmSync(timeFile, { force: true });
  const load = loadavg()[0];
  if (timedOut) return { ms, peakRssMb, load, ok: false, error: `timed out after ${(options.timeoutMs / 1000).toFixed(0)} s` };
  if (code !== 0) return { ms, peakRssMb, load, ok: false, error: `exit ${code}: ${stderr.trim().split('\n').slice(-3).join(' / ')}` };
  return { ms, peakRssMb, load, ok: true };
}

/** GNU time's %M (KiB) as MB; its last number line, after any "Command exited…" line. */
function peakFrom(text: string): number | null {
  const line = text
    .trim()
    .split('\n')
    .filter((l) => /^\d+$/.test(l.trim()))
    .pop();
  return line === undefined ? null : Number(line) / 1024;
}
