import type { AuditAction, AuditActorType } from '../../shared/api/audit-events.ts';
import type { Db } from '../db/open.ts';
import { auditEvents } from '../db/schema.ts';
import { newId } from './ids.ts';

export interface AuditInput {
  at: Date;
  actor: { type: AuditActorType; id: string | null };
  action: AuditAction;
  target: { type: string; id: string | null };
  /** Never PII or secrets: ids, counts, labels and flags only. */
  details?: Record<string, string | number | boolean | null>;
}

/** Pass the transaction of the change being audited, so the event and the change commit together. */
export async function writeAudit(db: Db, event: AuditInput): Promise<void> {
  await db.insert(auditEvents).values({
    id: newId('aud'),
    at: event.at,
    actorType: event.actor.type,
    actorId: event.actor.id,
    action: event.action,
    targetType: event.target.type,
    targetId: event.target.id,
    details: event.details ?? {},
  });
}
