import type { ConsentReceipt, CreateConsentReceipt } from '../../shared/api/consent-receipts.ts';
import type { Db } from '../db/open.ts';
import { consentReceipts } from '../db/schema.ts';
import { writeAudit } from './audit.ts';
import { newId } from './ids.ts';

/** Keeps exactly what the consumer saw and chose, with the time we received it (§7101 records). */
export async function storeConsentReceipt(
  db: Db,
  body: CreateConsentReceipt,
  now: Date,
): Promise<ConsentReceipt> {
  const id = newId('cr');
  await db.transaction(async (tx) => {
    await tx.insert(consentReceipts).values({
      id,
      siteKey: body.siteKey,
      formId: body.formId,
      browserId: body.browserId,
      body,
      receivedAt: now,
    });
    await writeAudit(tx, {
      at: now,
      actor: { type: 'consumer', id: null },
      action: 'consent.recorded',
      target: { type: 'consent_receipt', id },
      details: { siteKey: body.siteKey, formId: body.formId, noticeVersion: body.noticeVersion },
    });
  });
  return { ...body, id, receivedAt: now.toISOString() };
}
