// The commands of tiny-server-commands.ts, as the tests see them (vitest/browser `commands`).
declare module 'vitest/browser' {
  interface BrowserCommands {
    startTinyModelServer(): Promise<string>;
    startScriptedModelServer(key: string, answer: string): Promise<string>;
    stopTinyModelServer(url: string): Promise<number>;
    closedModelPort(): Promise<number>;
  }
}
export {};
