import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import * as z from 'zod/mini';
import { SiteConfig, SiteKey } from '../../shared/api/sites.ts';
import type { AppEnv, Deps } from '../lib/deps.ts';
import { HttpError } from '../lib/http-error.ts';
import { errorResponses, jsonResponse } from '../lib/openapi-docs.ts';
import { getSiteSettings } from '../lib/sites-store.ts';
import { pathParams } from '../lib/validate.ts';

export function siteRoutes(deps: Deps) {
  return new Hono<AppEnv>().get(
    '/v1/sites/:key/config',
    describeRoute({
      summary: 'Public widget configuration of a site',
      tags: ['sites'],
      responses: { 200: jsonResponse(SiteConfig, 'The public configuration'), ...errorResponses(400, 404) },
    }),
    pathParams(z.object({ key: SiteKey })),
    async (c) => {
      const settings = await getSiteSettings(deps.db, c.req.valid('param').key);
      if (!settings) throw new HttpError(404, 'not_found', 'No site with this key.');
      // Parsing with the public schema drops host-only fields such as allowedOrigins.
      const config = SiteConfig.parse(settings);
      c.header('Cache-Control', 'public, max-age=60');
      return c.json(config);
    },
  );
}
