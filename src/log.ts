// The logger the core writes to. The action maps it onto @actions/core (src/action/run.ts); the CLI and
// tests onto the console or a list.

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}

/** Registers a value that must never appear in any log (the action maps this to runner.setSecret). */
export type SecretSink = (secret: string) => void;
