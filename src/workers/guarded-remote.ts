import type * as Comlink from 'comlink';

/**
 * A worker's API whose calls fail once the worker has, instead of waiting for
 * ever: Comlink answers a call only when the worker does, and a worker whose
 * script did not load (an offline copy of the app that lost a file) or that
 * threw outside any call never will. The page's own error handling then says
 * what happened; `name` says which worker ("statistics", "model").
 */
export function guardedRemote<T>(remote: Comlink.Remote<T>, worker: Worker, name: string): Comlink.Remote<T> {
  let failure: Error | null = null;
  let fail: (e: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => (fail = reject));
  // Nothing may be waiting when the worker fails: that is no unhandled rejection.
  failed.catch(() => {});
  worker.addEventListener('error', (event) => {
    if (failure) return;
    const why = event.message ? event.message : 'its script could not be loaded';
    failure = new Error(`the ${name} worker stopped (${why}); reload the page to start it again`);
    fail(failure);
  });
  return new Proxy(remote as object, {
    get(target, property) {
      const member: unknown = Reflect.get(target, property);
      // Comlink's own hooks (then, its symbols) pass through; API methods are guarded.
      if (typeof member !== 'function' || typeof property === 'symbol' || property === 'then') return member;
      return (...args: unknown[]) => (failure ? Promise.reject(failure) : Promise.race([(member as (...a: unknown[]) => Promise<unknown>)(...args), failed]));
    },
  }) as Comlink.Remote<T>;
}
