import { AuditEventPage, type AuditEventQuery } from '../audit-events.ts';
import { type CallOptions, type Client, call } from '../client.ts';

export const listAuditEvents = (
  client: Client,
  query: Partial<AuditEventQuery> = {},
  options?: CallOptions,
) => call(client, 'GET', '/v1/audit-events', AuditEventPage, { ...options, query });
