import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway PostgreSQL server for a test: initdb into a temp dir, started on a unix socket
 * in that dir only (no TCP port), stopped and removed by stop(). Run as OS user postgres when
 * the tests run as root (PostgreSQL refuses root). The binaries are Debian's `postgresql`
 * (.ci/run installs it); without them this throws, so the test fails rather than skips.
 */
export interface PostgresServer {
  /** The socket directory: the client's `host`. */
  readonly host: string;
  readonly port: number;
  /** A directory the server can read files from (server-side COPY). */
  readonly dir: string;
  stop(): void;
}

function findBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const bin = [process.env.PG_BIN, ...versions.map((v) => join(root, v, 'bin'))].find((d) => d && existsSync(join(d, 'pg_ctl')));
  if (!bin)
    throw new Error(
      `PostgreSQL server binaries not found (no pg_ctl under ${root}/*/bin or $PG_BIN): install Debian's postgresql (apt-get install -y postgresql), as .ci/run does`,
    );
  return bin;
}

export function startPostgres(port = 5432): PostgresServer {
  const bin = findBin();
  const dir = mkdtempSync(join(tmpdir(), 'synthor-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, id('-u'), id('-g'));
  }
  const pg = (tool: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(bin, tool), asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args, { stdio: 'pipe', cwd: dir });
  const data = join(dir, 'data');
  try {
    pg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-locale', '-E', 'UTF8', '--no-sync']);
    pg('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-k ${dir} -p ${port} -c listen_addresses= -c fsync=off`, 'start']);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    const err = e as { stderr?: Buffer; message: string };
    throw new Error(`could not start PostgreSQL from ${bin}: ${err.stderr?.toString() || err.message}`, { cause: e });
  }
  return {
    host: dir,
    port,
    dir,
    stop() {
      try {
        pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
