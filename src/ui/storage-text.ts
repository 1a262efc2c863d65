/** Why this tab's project is not being saved, in plain words. */
export const OTHER_TAB_TEXT =
  'This project is open in another tab: this tab works read-only and saves nothing (the other tab’s saved run stays as it is). Close the other tab to save here again.';

/** A failed write to IndexedDB in plain words; a full disk says what the user can do about it. */
export function storageErrorText(e: unknown): string {
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  if (name === 'QuotaExceededError') {
    return 'The browser’s storage is full: the run’s progress could not be saved (the last saved state is kept as it was). Free space — delete downloaded models or other sites’ data — or untick “Keep data on this device”.';
  }
  const message = e instanceof Error ? e.message : String(e);
  return `The run’s progress could not be saved in this browser (${name || 'error'}: ${message}); the last saved state is kept as it was.`;
}
