import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { gpcFromHeader } from '../../shared/signals/gpc.ts';
import type { AppEnv, Deps } from './deps.ts';
import { recordOptOut } from './opt-outs-store.ts';

const DEMO_PAGES = new Set(['/', '/contact', '/privacy']);
const SITE_KEY = 'demo';
/** The widget's first-party cookie for the demo site: `1.<browserId>.<sale><sensitive>` (o/i/-). */
const COOKIE = 'quietline_demo';
const COOKIE_VALUE = /^1\.([A-Za-z0-9_-]{8,100})\.([oi-])([oi-])$/;

/**
 * W3C GPC `Sec-GPC: 1` on the host's own demo pages is a valid opt-out of sale/sharing for this
 * browser (§7025(b)), even with scripts off. It is recorded once per browser: the idempotency key
 * is derived from the browser id the widget also uses, kept in the same cookie.
 */
export function secGpcOnDemoPages(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === 'GET' && DEMO_PAGES.has(c.req.path)) {
      c.header('Vary', 'Sec-GPC', { append: true });
      if (gpcFromHeader(c.req.header('sec-gpc'))) {
        const match = COOKIE_VALUE.exec(getCookie(c, COOKIE) ?? '');
        const browserId = match?.[1] ?? randomBytes(16).toString('base64url');
        setCookie(c, COOKIE, `1.${browserId}.o${match?.[3] ?? '-'}`, {
          path: '/',
          maxAge: 34_560_000,
          sameSite: 'Lax',
          secure: new URL(c.req.url).protocol === 'https:',
        });
        const now = deps.now();
        await recordOptOut(
          deps.db,
          {
            siteKey: SITE_KEY,
            idempotencyKey: `gpc-header-${browserId}`.slice(0, 100),
            browserId,
            source: 'gpc-header',
            decision: 'opt-out',
            scopes: ['sale-sharing'],
            gpc: true,
            occurredAt: now.toISOString(),
            pageUrl: c.req.url.slice(0, 2000),
          },
          now,
        );
      }
    }
    await next();
  };
}
