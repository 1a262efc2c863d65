/** Told a short line before each step of a long computation ("scoring column shapes 3/12"), for a progress line in the UI. */
export type ProgressLine = (line: string) => void;
