import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import * as z from 'zod';
import { AuditEvent, type AuditEventPage, type AuditEventQuery } from '../../shared/api/audit-events.ts';
import type { Db } from '../db/open.ts';
import { auditEvents } from '../db/schema.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

const Details = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

/** Newest first with an id tie-break, like records; rows are checked against the schema on the way out. */
export async function listAuditEvents(db: Db, query: AuditEventQuery): Promise<AuditEventPage> {
  const where: SQL[] = [];
  if (query.action) where.push(eq(auditEvents.action, query.action));
  const total = await db.$count(auditEvents, and(...where));
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    const t = new Date(after.t);
    where.push(or(lt(auditEvents.at, t), and(eq(auditEvents.at, t), lt(auditEvents.id, after.id))) as SQL);
  }
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...where))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) =>
      AuditEvent.parse({
        id: r.id,
        at: r.at.toISOString(),
        actor: { type: r.actorType, id: r.actorId },
        action: r.action,
        target: { type: r.targetType, id: r.targetId },
        details: Details.parse(r.details),
      }),
    ),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor({ t: last.at.toISOString(), id: last.id }) : null,
    total,
  };
}
