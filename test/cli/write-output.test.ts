import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/cli/write-output.ts';
import { csvBlocks, writeCsv } from '../../src/stats/export/write-csv.ts';
import { loadDataset } from '../../src/stats/ingest/load-dataset.ts';

describe.skipIf(!existsSync('/dev/full'))('writeOutput', () => {
  it('turns a full disk into one line naming the file and what to do', () => {
    expect(() => writeOutput({ flag: '--out', path: '/dev/full' }, 'a,b\n1,2\n', 'generate')).toThrow(
      expect.objectContaining({
        name: 'UsageError',
        message: 'generate: --out /dev/full: could not write (ENOSPC): the disk is full; free some space or write to another disk',
      }),
    );
  });
});

describe('writeOutput of blocks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'synth-write-output-'));

  it('appends the blocks in turn: a multi-block CSV equals the whole text', async () => {
    const { dataset } = await loadDataset({ name: 't.csv', bytes: new TextEncoder().encode('a,b\n"x,y",=1\n2,"q""r"\n,\n5,6\n') });
    const path = join(dir, 'out.csv');
    writeOutput({ flag: '--out', path }, csvBlocks(dataset, { rowsPerBlock: 2 }), 'generate');
    expect(readFileSync(path, 'utf8')).toBe(writeCsv(dataset));
  });

  it('removes a file whose blocks stopped coming and passes the error on', () => {
    const path = join(dir, 'cut.csv');
    function* failing(): Generator<string> {
      yield 'a,b\n';
      throw new RangeError('no more rows');
    }
    expect(() => writeOutput({ flag: '--out', path }, failing(), 'generate')).toThrow('no more rows');
    expect(existsSync(path)).toBe(false);
  });
});
