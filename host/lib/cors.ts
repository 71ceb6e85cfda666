import type { MiddlewareHandler } from 'hono';
import type { Deps } from './deps.ts';
import { allAllowedOrigins } from './sites-store.ts';

/**
 * CORS for the endpoints the widget calls from business sites. Only origins some site lists in
 * allowedOrigins get CORS headers; per-site checks happen in the handlers once the site is known.
 */
export function widgetCors(deps: Deps): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    const allowed = origin ? (await allAllowedOrigins(deps.db)).has(origin) : false;
    if (c.req.method === 'OPTIONS') {
      c.header('Vary', 'Origin');
      if (!allowed || !origin) return c.body(null, 204);
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Allow-Methods', 'GET, POST');
      c.header('Access-Control-Allow-Headers', 'content-type');
      c.header('Access-Control-Max-Age', '600');
      return c.body(null, 204);
    }
    await next();
    c.header('Vary', 'Origin');
    if (allowed && origin) c.header('Access-Control-Allow-Origin', origin);
  };
}
