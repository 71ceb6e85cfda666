import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { MiddlewareHandler } from 'hono';
import { validator } from 'hono-openapi';
import { HttpError, toApiIssues } from './http-error.ts';

/**
 * Validation through hono-openapi, so the same schema feeds the OpenAPI document.
 * A well-formed body that breaks the schema is 422; a bad query or path parameter is 400.
 */
export function jsonBody<S extends StandardSchemaV1>(schema: S) {
  return validator('json', schema, (result) => {
    if (!result.success) {
      throw new HttpError(422, 'validation_failed', 'The request body is not valid.', {
        issues: toApiIssues(result.error),
      });
    }
  });
}

export function queryParams<S extends StandardSchemaV1>(schema: S) {
  return validator('query', schema, (result) => {
    if (!result.success) {
      throw new HttpError(400, 'validation_failed', 'The query parameters are not valid.', {
        issues: toApiIssues(result.error),
      });
    }
  });
}

export function pathParams<S extends StandardSchemaV1>(schema: S) {
  return validator('param', schema, (result) => {
    if (!result.success) {
      throw new HttpError(400, 'validation_failed', 'The path parameters are not valid.', {
        issues: toApiIssues(result.error),
      });
    }
  });
}

/** JSON endpoints refuse other media types outright instead of validating an empty body. */
export const requireJson: MiddlewareHandler = async (c, next) => {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new HttpError(415, 'unsupported_media_type', 'Send the request body as application/json.');
  }
  await next();
};
