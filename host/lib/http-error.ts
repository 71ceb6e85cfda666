import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError, ApiErrorCode, ApiIssue } from '../../shared/api/errors.ts';

/** Thrown from handlers and middleware; the app's error handler renders it as the one error shape. */
export class HttpError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: ApiErrorCode;
  readonly issues: ApiIssue[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    status: ContentfulStatusCode,
    code: ApiErrorCode,
    message: string,
    options: { issues?: ApiIssue[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.issues = options.issues;
    this.headers = options.headers ?? {};
  }
}

export function errorBody(code: ApiErrorCode, message: string, issues?: ApiIssue[]): ApiError {
  return { error: issues === undefined ? { code, message } : { code, message, issues } };
}

export function errorResponse(c: Context, error: HttpError): Response {
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return c.json(errorBody(error.code, error.message, error.issues), error.status);
}

/** Standard-schema issue paths hold keys or `{ key }` segments; the API reports them dotted. */
export function toApiIssues(
  issues: ReadonlyArray<{
    message: string;
    path?: ReadonlyArray<PropertyKey | { key: PropertyKey }> | undefined;
  }>,
): ApiIssue[] {
  return issues.map((issue) => ({
    path: (issue.path ?? []).map((s) => String(typeof s === 'object' ? s.key : s)).join('.'),
    message: issue.message,
  }));
}
