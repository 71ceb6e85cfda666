import type * as z from 'zod/mini';
import { ApiError, type ApiErrorCode, type ApiIssue } from './errors.ts';

export interface ClientOptions {
  /** Origin (and optional path prefix) of the host, e.g. `http://127.0.0.1:8787`. */
  baseUrl: string;
  /** An agent API token (`qlt_...`), sent as a Bearer credential. */
  token?: string;
  /** Injected for tests and for extension contexts; defaults to the global fetch. */
  fetch?: typeof fetch;
}

export interface Client {
  readonly baseUrl: string;
  readonly token: string | undefined;
  readonly fetch: typeof fetch;
}

export function createClient(options: ClientOptions): Client {
  return {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    token: options.token,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  };
}

/** `http`: the host answered with the error shape; `network`: no answer; `invalid-response`: an answer we cannot trust. */
export type ApiClientErrorKind = 'http' | 'network' | 'invalid-response';

export class ApiClientError extends Error {
  readonly kind: ApiClientErrorKind;
  /** HTTP status, or null when no response arrived. */
  readonly status: number | null;
  readonly code: ApiErrorCode | 'network_error' | 'invalid_response';
  readonly issues: ApiIssue[];

  constructor(
    kind: ApiClientErrorKind,
    status: number | null,
    code: ApiClientError['code'],
    message: string,
    issues: ApiIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiClientError';
    this.kind = kind;
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; error: ApiClientError };

export interface CallOptions {
  signal?: AbortSignal;
}

type QueryValue = string | number | boolean | undefined;

function buildUrl(client: Client, path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return `${client.baseUrl}${path}${search ? `?${search}` : ''}`;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** Sends one request and validates whatever comes back; never throws. */
export async function call<S extends z.ZodMiniType>(
  client: Client,
  method: 'GET' | 'POST',
  path: string,
  schema: S,
  request: { query?: Record<string, QueryValue>; body?: unknown } & CallOptions = {},
): Promise<ApiResult<z.infer<S>>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (client.token) headers.authorization = `Bearer ${client.token}`;
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await client.fetch(buildUrl(client, path, request.query), {
      method,
      headers,
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      ...(request.signal ? { signal: request.signal } : {}),
    });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : 'The request could not be sent.';
    return { ok: false, error: new ApiClientError('network', null, 'network_error', message) };
  }
  const json = await readJson(response);
  if (!response.ok) {
    const parsed = ApiError.safeParse(json);
    if (!parsed.success) {
      const message = `Unexpected ${response.status} response from the host.`;
      return {
        ok: false,
        error: new ApiClientError('invalid-response', response.status, 'invalid_response', message),
      };
    }
    const { code, message, issues } = parsed.data.error;
    return { ok: false, error: new ApiClientError('http', response.status, code, message, issues ?? []) };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const message = 'The host answered with data this client does not understand.';
    return {
      ok: false,
      error: new ApiClientError('invalid-response', response.status, 'invalid_response', message, issues),
    };
  }
  return { ok: true, status: response.status, data: parsed.data };
}

/** For callers that prefer exceptions: returns the data or throws the ApiClientError. */
export function unwrap<T>(result: ApiResult<T>): T {
  if (!result.ok) throw result.error;
  return result.data;
}

/** Path segments from callers (site keys, record ids) are always encoded. */
export const segment = (value: string): string => encodeURIComponent(value);
