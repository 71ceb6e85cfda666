import type { MiddlewareHandler } from 'hono';
import type { Logger } from './logger.ts';

/** Method, path, status and time only: query strings can hold emails and phone numbers, headers hold secrets. */
export function requestLog(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = Math.round(performance.now() - started);
    log.info(`${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms`);
  };
}
