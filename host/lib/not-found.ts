import type { Context, Hono } from 'hono';
import type { AppEnv } from './deps.ts';
import { errorBody } from './http-error.ts';

/** Hono route patterns (`/v1/records/:id`, `/widget/*`) as anchored regular expressions. */
function patternToRegex(path: string): RegExp {
  const escaped = path
    .split('/')
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return new RegExp(`^${escaped}/?$`);
}

/** Unknown path: 404; known path with another method: 405 with Allow. Both in the one error shape. */
export function notFoundHandler(app: Hono<AppEnv>) {
  return (c: Context) => {
    const allowed = new Set<string>();
    for (const route of app.routes) {
      if (route.method === 'ALL' || route.path.endsWith('*')) continue;
      if (patternToRegex(route.path).test(c.req.path)) allowed.add(route.method);
    }
    if (allowed.size > 0 && !allowed.has(c.req.method)) {
      if (allowed.has('GET')) allowed.add('HEAD');
      c.header('Allow', [...allowed].sort().join(', '));
      return c.json(errorBody('method_not_allowed', `${c.req.method} is not allowed here.`), 405);
    }
    return c.json(errorBody('not_found', 'No such resource.'), 404);
  };
}
