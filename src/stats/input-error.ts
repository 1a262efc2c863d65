/**
 * Bad input data: the message names the file, row, column and value, and says
 * what to do. `name === 'InputError'` survives structured cloning across workers.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}
