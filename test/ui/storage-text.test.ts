import { describe, expect, it } from 'vitest';
import { storageErrorText } from '../../src/ui/storage-text.ts';

describe('storageErrorText', () => {
  it('says a full storage is full and what to do about it', () => {
    const text = storageErrorText(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(text).toMatch(/^The browser’s storage is full: .*Free space .*untick “Keep data on this device”\.$/);
  });

  it('names any other failure with its error', () => {
    expect(storageErrorText(new DOMException('Version change', 'AbortError'))).toMatch(/could not be saved in this browser \(AbortError: Version change\)/);
    expect(storageErrorText('boom')).toMatch(/\(error: boom\)/);
  });
});
