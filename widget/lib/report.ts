/** Everything the widget says to the developer console starts with this, so site owners can grep for it. */
const PREFIX = 'Quietline:';

export function reportError(message: string, cause?: unknown): void {
  try {
    if (cause === undefined) console.error(`${PREFIX} ${message}`);
    else console.error(`${PREFIX} ${message}`, cause);
  } catch {
    // A page that replaced console.error with something throwing must not get our error back.
  }
}

/** Wraps an entry point the page can reach: an exception is logged, never thrown into the page. */
export function guard<A extends unknown[], R>(fn: (...args: A) => R, fallback: R): (...args: A) => R {
  return (...args: A): R => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) {
        return result.catch((error: unknown) => {
          reportError('internal error', error);
          return fallback;
        }) as R;
      }
      return result;
    } catch (error) {
      reportError('internal error', error);
      return fallback;
    }
  };
}
