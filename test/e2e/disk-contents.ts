import type { Page } from 'playwright-core';

/**
 * Everything the page's origin holds on disk, as one searchable text: every
 * IndexedDB database (keys and values, byte arrays decoded as UTF-8), every
 * Cache Storage entry (URL and body) and every OPFS file (path and contents).
 */
export function diskContents(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: string[] = [];
    const text = (v: unknown): string =>
      JSON.stringify(v, (_key, value: unknown) => {
        if (ArrayBuffer.isView(value)) return new TextDecoder().decode(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
        if (value instanceof ArrayBuffer) return new TextDecoder().decode(value);
        if (value instanceof Map || value instanceof Set) return [...value];
        return value;
      }) ?? '';
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await request(indexedDB.open(name));
      for (const store of db.objectStoreNames) {
        const tx = db.transaction(store, 'readonly').objectStore(store);
        out.push(`idb ${name}/${store}`, text(await request(tx.getAllKeys())), text(await request(tx.getAll())));
      }
      db.close();
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const entry of await cache.keys()) {
        const response = await cache.match(entry, { ignoreVary: true });
        out.push(`cache ${name} ${entry.url}`, response ? await response.text() : '');
      }
    }
    const walk = async (dir: FileSystemDirectoryHandle, path: string): Promise<void> => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeScript's DOM types lack the async iterator of FileSystemDirectoryHandle
      for await (const [name, handle] of (dir as any).entries() as AsyncIterable<[string, FileSystemHandle]>) {
        out.push(`opfs ${path}/${name}`);
        if (handle instanceof FileSystemFileHandle) out.push(await (await handle.getFile()).text());
        else await walk(handle as FileSystemDirectoryHandle, `${path}/${name}`);
      }
    };
    await walk(await navigator.storage.getDirectory(), '');
    return out.join('\n');
  });
}
