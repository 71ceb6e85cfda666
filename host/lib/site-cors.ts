import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Deps } from './deps.ts';
import { getSiteSettings } from './sites-store.ts';

const CONFIG_PATH = /^\/v1\/sites\/([a-z0-9][a-z0-9-]{1,62})\/config$/;

/**
 * The site config names its site in the path, so its CORS answer can be per site: an origin that
 * another site allows (enough for widgetCors, which must answer preflights before a body names a
 * site) gets no Access-Control-Allow-Origin here unless this site lists it. Registered before
 * widgetCors so it sees, and can withdraw, the header that middleware set.
 */
export function siteConfigCors(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const key = CONFIG_PATH.exec(c.req.path)?.[1];
    const origin = c.req.header('origin');
    if (!key || !origin || !c.res.headers.get('access-control-allow-origin')) return;
    const site = await getSiteSettings(deps.db, key);
    if (!site?.allowedOrigins.includes(origin)) c.res.headers.delete('access-control-allow-origin');
  };
}
