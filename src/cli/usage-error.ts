/** A problem with the command line or its input files: exit code 2 and one line on stderr. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
