import { existsSync, readFileSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';
import type { AppEnv, Deps } from '../lib/deps.ts';
import { errorBody } from '../lib/http-error.ts';

const asset = (name: string) => readFileSync(new URL(`../pages/assets/${name}`, import.meta.url), 'utf8');

/** Serves dist/widget/ once it exists; until the widget is built, 404 with a hint in the log. */
function widgetFiles(deps: Deps): MiddlewareHandler {
  let files: MiddlewareHandler | undefined;
  let hinted = false;
  return async (c, next) => {
    if (!files) {
      if (!existsSync(deps.config.widgetDir)) {
        if (!hinted)
          deps.log.warn(`No widget build at ${deps.config.widgetDir}: run "npm run build:widget".`);
        hinted = true;
        return c.json(errorBody('not_found', 'The widget has not been built.'), 404);
      }
      files = serveStatic({
        root: deps.config.widgetDir,
        rewriteRequestPath: (p) => p.replace(/^\/widget/, ''),
      });
    }
    return files(c, next);
  };
}

export function assetRoutes(deps: Deps) {
  const css = asset('site.css');
  const copyJs = asset('copy.js');
  return new Hono<AppEnv>()
    .get('/assets/site.css', (c) => c.body(css, 200, { 'content-type': 'text/css; charset=utf-8' }))
    .get('/assets/copy.js', (c) => c.body(copyJs, 200, { 'content-type': 'text/javascript; charset=utf-8' }))
    .use('/widget/*', widgetFiles(deps));
}
