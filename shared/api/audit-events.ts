import * as z from 'zod/mini';
import { Cursor, PageLimit, pageOf } from './pagination.ts';

export const AuditActorType = z.enum(['agent', 'token', 'consumer', 'system']);
export type AuditActorType = z.infer<typeof AuditActorType>;

export const AuditAction = z.enum([
  'agent.login',
  'agent.login_failed',
  'agent.logout',
  'token.created',
  'token.revoked',
  'record.created',
  'record.viewed',
  'record.redacted',
  'record.exported',
  'opt_out.recorded',
  'consent.recorded',
  'privacy_request.received',
  'privacy_request.updated',
]);
export type AuditAction = z.infer<typeof AuditAction>;

/** Who did what to which object, kept 24 months (§7101). Details never hold PII or secrets. */
export const AuditEvent = z.object({
  id: z.string().check(z.regex(/^aud_[A-Za-z0-9]{6,40}$/)),
  at: z.iso.datetime({ offset: true }),
  actor: z.object({ type: AuditActorType, id: z.nullable(z.string()) }),
  action: AuditAction,
  target: z.object({ type: z.string(), id: z.nullable(z.string()) }),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditEventQuery = z.object({
  action: z.optional(AuditAction),
  cursor: z.optional(Cursor),
  limit: PageLimit,
});
export type AuditEventQuery = z.infer<typeof AuditEventQuery>;

export const AuditEventPage = pageOf(AuditEvent);
export type AuditEventPage = z.infer<typeof AuditEventPage>;
