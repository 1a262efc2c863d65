import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { guardedRemote } from '../../src/workers/guarded-remote.ts';

interface Api {
  add(a: number, b: number): Promise<number>;
}

/** A worker running `source` (a classic script), with a Comlink-style API it may never answer. */
function workerOf(source: string): Worker {
  return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
}

// Answers Comlink's GET/APPLY messages for `add` by hand: the real protocol, without importing Comlink into a blob.
const ADDER = `
onmessage = (event) => {
  const { id, type, path, argumentList } = event.data;
  if (type === 'APPLY' && path[0] === 'add') postMessage({ id, type: 'RAW', value: argumentList[0].value + argumentList[1].value });
};`;

describe('guardedRemote', () => {
  const workers: Worker[] = [];
  afterEach(() => workers.splice(0).forEach((w) => w.terminate()));
  const start = (source: string) => {
    const worker = workerOf(source);
    workers.push(worker);
    return guardedRemote(Comlink.wrap<Api>(worker), worker, 'statistics');
  };

  it('passes calls through to a worker that answers', async () => {
    await expect(start(ADDER).add(2, 3)).resolves.toBe(5);
  });

  it('fails a call waiting on a worker that throws outside any call, and every call after, saying which worker and to reload', async () => {
    const api = start(`setTimeout(() => { throw new Error('boom'); }, 50);`);
    const message = /^the statistics worker stopped \(.*boom\); reload the page to start it again$/;
    await expect(api.add(1, 1)).rejects.toThrow(message);
    await expect(api.add(2, 2)).rejects.toThrow(message);
  });

  it('fails calls to a worker whose script does not load', async () => {
    const worker = new Worker(new URL('/no-such-worker.js', location.href));
    workers.push(worker);
    const api = guardedRemote(Comlink.wrap<Api>(worker), worker, 'model');
    await expect(api.add(1, 1)).rejects.toThrow(/^the model worker stopped \(.+\); reload the page to start it again$/);
  });
});
