import { describe, expect, it } from 'vitest';
import { readKioskParams } from '../../src/kiosk/kiosk-params.ts';

describe('readKioskParams', () => {
  it.each([
    ['', { kiosk: false, failOnce: false }],
    ['?kiosk', { kiosk: true, failOnce: false }],
    ['?kiosk=1&failOnce=1', { kiosk: true, failOnce: true }],
    ['?kiosk=0', { kiosk: false, failOnce: false }],
    // The test hook does nothing outside kiosk mode.
    ['?failOnce=1', { kiosk: false, failOnce: false }],
    ['?kiosk&failOnce=yes', { kiosk: true, failOnce: false }],
  ])('%s', (search, expected) => {
    expect(readKioskParams(search)).toEqual(expected);
  });
});
