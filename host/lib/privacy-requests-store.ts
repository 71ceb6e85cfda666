import type { CreatePrivacyRequest, PrivacyRequest } from '../../shared/api/privacy-requests.ts';
import type { Db } from '../db/open.ts';
import { privacyRequests } from '../db/schema.ts';
import { writeAudit } from './audit.ts';
import { initialDeadlines } from './deadlines.ts';
import { newId } from './ids.ts';

/** Opens a request with its §7021 clock running from now (receipt), whatever verification takes. */
export async function openPrivacyRequest(
  db: Db,
  body: CreatePrivacyRequest,
  now: Date,
): Promise<PrivacyRequest> {
  const id = newId('pr');
  const deadlines = initialDeadlines(now);
  await db.transaction(async (tx) => {
    await tx.insert(privacyRequests).values({
      id,
      siteKey: body.siteKey,
      type: body.type,
      status: 'received',
      body,
      receivedAt: now,
      confirmBy: new Date(deadlines.confirmBy),
      respondBy: new Date(deadlines.respondBy),
    });
    await writeAudit(tx, {
      at: now,
      actor: { type: 'consumer', id: null },
      action: 'privacy_request.received',
      target: { type: 'privacy_request', id },
      details: { siteKey: body.siteKey, type: body.type, viaAuthorizedAgent: body.viaAuthorizedAgent },
    });
  });
  return {
    id,
    siteKey: body.siteKey,
    type: body.type,
    status: 'received',
    ...deadlines,
    confirmedAt: null,
    closedAt: null,
    denialReason: null,
  };
}
