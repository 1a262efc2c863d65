import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/cli/write-output.ts';

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
