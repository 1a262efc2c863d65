/** What the page URL asks of kiosk mode: `?kiosk` turns it on. */
export interface KioskParams {
  readonly kiosk: boolean;
  /**
   * Test hook (`?kiosk&failOnce=1`): the first demo run throws from inside its progress
   * callback, so the synth worker's run fails for real and the kiosk must recover. It
   * changes nothing else and has no effect without `kiosk`.
   */
  readonly failOnce: boolean;
}

export function readKioskParams(search: string): KioskParams {
  const params = new URLSearchParams(search);
  const kiosk = params.has('kiosk') && params.get('kiosk') !== '0';
  return { kiosk, failOnce: kiosk && params.get('failOnce') === '1' };
}
