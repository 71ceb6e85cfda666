import * as z from 'zod/mini';

/** What an API token may do: read records, redact them, export them. */
export const TokenScope = z.enum(['read', 'redact', 'export']);
export type TokenScope = z.infer<typeof TokenScope>;

export const ApiTokenValue = z.string().check(z.regex(/^qlt_[A-Za-z0-9_-]{20,200}$/));

export const LoginBody = z.object({
  email: z.email().check(z.maxLength(320)),
  password: z.string().check(z.minLength(1), z.maxLength(1000)),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const Agent = z.object({
  id: z.string().check(z.regex(/^agt_[A-Za-z0-9]{6,40}$/)),
  email: z.email(),
  name: z.string(),
});
export type Agent = z.infer<typeof Agent>;

export const CreateToken = z.object({
  name: z._default(z.string().check(z.minLength(1), z.maxLength(100)), 'API token'),
  scopes: z.array(TokenScope).check(z.minLength(1)),
});
export type CreateToken = z.infer<typeof CreateToken>;

/** Returned once at creation: the host keeps only a hash, so `token` cannot be shown again. */
export const CreatedToken = z.object({
  id: z.string().check(z.regex(/^tok_[A-Za-z0-9]{6,40}$/)),
  name: z.string(),
  token: ApiTokenValue,
  scopes: z.array(TokenScope),
  createdAt: z.iso.datetime({ offset: true }),
});
export type CreatedToken = z.infer<typeof CreatedToken>;

/** The caller behind a Bearer token, for the extension's "connected as" display. */
export const WhoAmI = z.object({
  agent: Agent,
  scopes: z.array(TokenScope),
});
export type WhoAmI = z.infer<typeof WhoAmI>;
