import { Hono } from 'hono';
import type { AppEnv } from '../lib/deps.ts';

/** GPC spec §"gpc.json": the demo site declares that it honours Global Privacy Control. */
export function wellKnownRoutes() {
  return new Hono<AppEnv>().get('/.well-known/gpc.json', (c) => {
    c.header('Cache-Control', 'public, max-age=86400');
    return c.json({ gpc: true, lastUpdate: '2026-01-01' });
  });
}
