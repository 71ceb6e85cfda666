/** Log lines carry only what is passed in: callers never pass headers, bodies, cookies or tokens. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.log(message),
  warn: (message) => console.warn(message),
  // Only the error's name and message: stack frames are fine, request data is not attached.
  error: (message, error) =>
    console.error(error instanceof Error ? `${message}: ${error.name}: ${error.message}` : message),
};

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** For tests: keeps every line so a test can assert what was (and was not) logged. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(m),
    warn: (m) => lines.push(m),
    error: (m, e) => lines.push(e instanceof Error ? `${m}: ${e.message}` : m),
  };
}
