import { describe, expect, it } from 'vitest';
import { readChosenFile, type ChosenFile } from '../../src/ui/read-chosen-file.ts';

const bytes = (n: number) => new Uint8Array(n).map((_, i) => i % 251);

/** A chosen file whose stream gives these chunks, then fails with `error` if one is given. */
function chosen(name: string, size: number, chunks: Uint8Array[], error?: Error): ChosenFile {
  return {
    name,
    size,
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(chunk);
          if (error) controller.error(error);
          else controller.close();
        },
      }) as ReturnType<File['stream']>,
  };
}

describe('readChosenFile', () => {
  it('reads a file in chunks into one buffer, reporting progress up to 1', async () => {
    const data = bytes(1000);
    const progress: number[] = [];
    const read = await readChosenFile(chosen('a.csv', 1000, [data.subarray(0, 300), data.subarray(300, 1000)]), (f) => progress.push(f));
    expect(read).toEqual(data);
    expect(progress).toEqual([0, 0.3, 1]);
  });

  it('reads an empty file', async () => {
    expect(await readChosenFile(chosen('empty.csv', 0, []))).toEqual(new Uint8Array(0));
  });

  it('names the file and says to choose it again when it was deleted after it was chosen', async () => {
    // What Chromium reports for a chosen file that is gone from the disk when read.
    const gone = chosen('big.csv', 1000, [], new TypeError('network error'));
    await expect(readChosenFile(gone)).rejects.toThrow(
      'big.csv: the file could not be read (network error). It may have been moved, deleted or changed since it was chosen: choose it again.',
    );
  });

  it('refuses a file that grew or shrank while it was read, instead of keeping part of it', async () => {
    const data = bytes(1200);
    const grew = chosen('log.csv', 1000, [data.subarray(0, 600), data.subarray(600, 1200)]);
    await expect(readChosenFile(grew)).rejects.toThrow(
      'log.csv: the file changed while it was read (1,000 bytes when it was chosen). Choose it again once nothing is writing to it.',
    );
    const shrank = chosen('log.csv', 1000, [data.subarray(0, 600)]);
    await expect(readChosenFile(shrank)).rejects.toThrow('log.csv: the file changed while it was read');
  });

  it('refuses a file over the size limit before reading it', async () => {
    let opened = false;
    const huge: ChosenFile = { name: 'huge.csv', size: 64 * 2 ** 30, stream: () => ((opened = true), new ReadableStream()) as ReturnType<File['stream']> };
    await expect(readChosenFile(huge)).rejects.toThrow(/huge\.csv/);
    expect(opened).toBe(false);
  });
});
