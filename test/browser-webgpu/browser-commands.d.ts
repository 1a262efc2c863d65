// The commands of record-requests.ts, as the tests see them (vitest/browser `commands`).
declare module 'vitest/browser' {
  interface BrowserCommands {
    startRecordingRequests(): Promise<void>;
    recordedRequests(waitFor?: string): Promise<string[]>;
  }
}
export {};
