import { and, eq } from 'drizzle-orm';
import type { CreateOptOut, OptOutReceipt } from '../../shared/api/opt-outs.ts';
import type { Db } from '../db/open.ts';
import { optOuts } from '../db/schema.ts';
import { writeAudit } from './audit.ts';
import { newId } from './ids.ts';

/**
 * Records an opt-out once per (site, idempotency key): a retried request returns the first receipt
 * with `duplicate: true`. The unique index settles races between concurrent retries.
 */
export async function recordOptOut(db: Db, body: CreateOptOut, now: Date): Promise<OptOutReceipt> {
  return db.transaction(async (tx) => {
    const id = newId('opt');
    const inserted = await tx
      .insert(optOuts)
      .values({
        id,
        siteKey: body.siteKey,
        idempotencyKey: body.idempotencyKey,
        browserId: body.browserId,
        body,
        receivedAt: now,
      })
      .onConflictDoNothing({ target: [optOuts.siteKey, optOuts.idempotencyKey] })
      .returning({ id: optOuts.id });
    if (inserted.length === 0) {
      const [existing] = await tx
        .select({ id: optOuts.id, receivedAt: optOuts.receivedAt })
        .from(optOuts)
        .where(and(eq(optOuts.siteKey, body.siteKey), eq(optOuts.idempotencyKey, body.idempotencyKey)));
      if (!existing) throw new Error('Opt-out conflict without an existing row.');
      return {
        id: existing.id,
        siteKey: body.siteKey,
        receivedAt: existing.receivedAt.toISOString(),
        duplicate: true,
      };
    }
    await writeAudit(tx, {
      at: now,
      actor: { type: 'consumer', id: null },
      action: 'opt_out.recorded',
      target: { type: 'opt_out', id },
      details: {
        siteKey: body.siteKey,
        source: body.source,
        decision: body.decision,
        scopes: body.scopes.join(','),
      },
    });
    return { id, siteKey: body.siteKey, receivedAt: now.toISOString(), duplicate: false };
  });
}
