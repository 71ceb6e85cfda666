import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** One schema for PGlite and PostgreSQL; `migrations/` is generated from it by drizzle-kit. */
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const sites = pgTable('sites', {
  key: text('key').primaryKey(),
  /** SiteSettings JSON (public config + allowedOrigins), validated on read back. */
  settings: jsonb('settings').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export const records = pgTable(
  'records',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    occurredAt: at('occurred_at').notNull(),
    /** Search columns derived from the body: digits only, lower-cased email and name. */
    phoneDigits: text('phone_digits'),
    email: text('email'),
    name: text('name'),
    /** CallLogRecord JSON, validated on read back. */
    body: jsonb('body').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('records_order_idx').on(t.occurredAt.desc(), t.id.desc()),
    index('records_kind_idx').on(t.kind),
    index('records_phone_idx').on(t.phoneDigits),
    index('records_email_idx').on(t.email),
    index('records_name_idx').on(t.name),
  ],
);

export const agents = pgTable('agents', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const agentSessions = pgTable(
  'agent_sessions',
  {
    /** sha-256 of the cookie value: a database leak does not hand out live sessions. */
    tokenHash: text('token_hash').primaryKey(),
    agentId: text('agent_id')
      .notNull()
      .references(() => agents.id, { onDelete: 'cascade' }),
    createdAt: at('created_at').notNull().defaultNow(),
    expiresAt: at('expires_at').notNull(),
  },
  (t) => [index('agent_sessions_agent_idx').on(t.agentId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    agentId: text('agent_id')
      .notNull()
      .references(() => agents.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    scopes: jsonb('scopes').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    lastUsedAt: at('last_used_at'),
    revokedAt: at('revoked_at'),
  },
  (t) => [index('api_tokens_agent_idx').on(t.agentId)],
);

export const optOuts = pgTable(
  'opt_outs',
  {
    id: text('id').primaryKey(),
    siteKey: text('site_key')
      .notNull()
      .references(() => sites.key),
    idempotencyKey: text('idempotency_key').notNull(),
    browserId: text('browser_id').notNull(),
    /** The CreateOptOut body as received, validated on read back. */
    body: jsonb('body').notNull(),
    receivedAt: at('received_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('opt_outs_idempotency_idx').on(t.siteKey, t.idempotencyKey),
    index('opt_outs_browser_idx').on(t.siteKey, t.browserId),
  ],
);

export const consentReceipts = pgTable(
  'consent_receipts',
  {
    id: text('id').primaryKey(),
    siteKey: text('site_key')
      .notNull()
      .references(() => sites.key),
    formId: text('form_id').notNull(),
    browserId: text('browser_id').notNull(),
    body: jsonb('body').notNull(),
    receivedAt: at('received_at').notNull().defaultNow(),
  },
  (t) => [index('consent_receipts_site_idx').on(t.siteKey, t.formId)],
);

export const privacyRequests = pgTable(
  'privacy_requests',
  {
    id: text('id').primaryKey(),
    siteKey: text('site_key')
      .notNull()
      .references(() => sites.key),
    type: text('type').notNull(),
    status: text('status').notNull(),
    /** The consumer's submitted details (CreatePrivacyRequest JSON). */
    body: jsonb('body').notNull(),
    receivedAt: at('received_at').notNull(),
    confirmBy: at('confirm_by').notNull(),
    respondBy: at('respond_by').notNull(),
    extendedTo: at('extended_to'),
    confirmedAt: at('confirmed_at'),
    closedAt: at('closed_at'),
    denialReason: text('denial_reason'),
  },
  (t) => [index('privacy_requests_due_idx').on(t.status, t.respondBy)],
);

export const redactions = pgTable(
  'redactions',
  {
    id: text('id').primaryKey(),
    recordId: text('record_id')
      .notNull()
      .references(() => records.id),
    agentId: text('agent_id').references(() => agents.id),
    operator: text('operator').notNull(),
    labels: jsonb('labels').notNull(),
    spanCount: integer('span_count').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('redactions_record_idx').on(t.recordId)],
);

export const exports = pgTable(
  'exports',
  {
    id: text('id').primaryKey(),
    recordId: text('record_id')
      .notNull()
      .references(() => records.id),
    agentId: text('agent_id').references(() => agents.id),
    format: text('format').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('exports_record_idx').on(t.recordId)],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    id: text('id').primaryKey(),
    at: at('at').notNull().defaultNow(),
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    details: jsonb('details').notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [
    index('audit_events_order_idx').on(t.at.desc(), t.id.desc()),
    index('audit_events_action_idx').on(t.action),
  ],
);
