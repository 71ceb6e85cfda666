import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ApiErrorCode } from '../../shared/api/errors.ts';
import { errorBody, errorResponse, HttpError } from './http-error.ts';
import type { Logger } from './logger.ts';

const BY_STATUS: Partial<Record<number, ApiErrorCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

/** Every failure leaves in the one error shape; unexpected ones are logged without request data. */
export function onError(log: Logger) {
  return (err: Error, c: Context): Response => {
    if (err instanceof HttpError) return errorResponse(c, err);
    if (err instanceof HTTPException) {
      const code = BY_STATUS[err.status];
      if (code) {
        // Hono's own messages ("Malformed JSON in request body") are safe to pass on.
        return c.json(errorBody(code, err.message || 'The request could not be processed.'), err.status);
      }
    }
    log.error(`Unhandled error on ${c.req.method} ${c.req.path}`, err);
    return c.json(errorBody('internal', 'Something went wrong on the host.'), 500);
  };
}
