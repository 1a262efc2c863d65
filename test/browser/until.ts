/** Polls `probe` until it returns something truthy (or fails after `ms`), for UI states reached asynchronously. */
export async function until<T>(probe: () => T | null | undefined | false, what: string, ms = 60_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const v = probe();
    if (v) return v;
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The button whose text is exactly `name`; throws when there is none. */
export function button(root: HTMLElement, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}
