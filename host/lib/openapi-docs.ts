import type { StandardSchemaV1 } from '@standard-schema/spec';
import { resolver } from 'hono-openapi';
import { ApiError } from '../../shared/api/errors.ts';

/** Response entries for describeRoute: the schema objects are the shared zod schemas themselves. */
export function jsonResponse(schema: StandardSchemaV1, description: string) {
  return { description, content: { 'application/json': { schema: resolver(schema) } } };
}

const ERROR_DESCRIPTIONS = {
  400: 'Malformed request or invalid query/path parameters',
  401: 'Missing or invalid credentials',
  403: 'Credentials lack the required scope or origin',
  404: 'Not found',
  413: 'Request body too large',
  415: 'Request body is not JSON',
  422: 'Request body failed validation',
  429: 'Too many attempts',
} as const;

export function errorResponses(...statuses: Array<keyof typeof ERROR_DESCRIPTIONS>) {
  return Object.fromEntries(
    statuses.map((status) => [status, jsonResponse(ApiError, ERROR_DESCRIPTIONS[status])]),
  );
}

export const bearerSecurity = [{ bearerAuth: [] }];
