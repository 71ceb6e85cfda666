import type { Hono } from 'hono';
import { openAPIRouteHandler } from 'hono-openapi';
import * as z from 'zod';
import { ApiError } from '../../shared/api/errors.ts';
import type { AppEnv } from '../lib/deps.ts';

/** The OpenAPI 3.1 document is generated from the routes' shared schemas, never written by hand. */
export function mountOpenApi(app: Hono<AppEnv>): void {
  app.get(
    '/v1/openapi.json',
    openAPIRouteHandler(app, {
      documentation: {
        openapi: '3.1.0',
        info: {
          title: 'Quietline host API',
          version: '1',
          description:
            'Privacy requests, opt-outs and call-log records for the Quietline widget and extension.',
        },
        components: {
          securitySchemes: {
            bearerAuth: { type: 'http', scheme: 'bearer', description: 'qlt_... API token' },
          },
        },
      },
      defaultValidationErrorResponse: {
        description: 'Validation failed',
        content: { 'application/json': { schema: z.toJSONSchema(ApiError) as Record<string, unknown> } },
      },
      exclude: [
        /^\/app/,
        /^\/\.well-known/,
        /^\/widget/,
        /^\/assets/,
        '/',
        '/contact',
        '/privacy',
        '/v1/openapi.json',
      ],
    }),
  );
}
