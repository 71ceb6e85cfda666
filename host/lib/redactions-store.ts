import { eq } from 'drizzle-orm';
import { CallLogRecord } from '../../shared/api/records.ts';
import type { CreateRedaction, RedactionResult } from '../../shared/api/redactions.ts';
import type { RedactOperator } from '../../shared/pii/operator.ts';
import { redactRecord } from '../../shared/pii/redact-record.ts';
import type { Db } from '../db/open.ts';
import { records, redactions } from '../db/schema.ts';
import { writeAudit } from './audit.ts';
import { HttpError } from './http-error.ts';
import { newId } from './ids.ts';
import { searchColumns } from './records-store.ts';
import { redactSpans } from './redact-spans.ts';

function operatorFor(kind: CreateRedaction['operator'], hashKey: string | undefined): RedactOperator {
  if (kind !== 'hash') return { kind };
  if (!hashKey) {
    throw new HttpError(422, 'validation_failed', 'This host has no hashing key configured.', {
      issues: [{ path: 'operator', message: 'Set QUIETLINE_HASH_KEY on the host to use "hash".' }],
    });
  }
  return { kind: 'hash', key: hashKey };
}

/**
 * Rewrites the stored record in place (redaction is irreversible), refreshes the search columns
 * from the redacted contact, and logs who did it; all in one transaction with the row locked.
 */
export async function redactStoredRecord(
  db: Db,
  request: CreateRedaction,
  context: { agentId: string; now: Date; hashKey: string | undefined },
): Promise<RedactionResult> {
  const operator = operatorFor(request.operator, context.hashKey);
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(records).where(eq(records.id, request.recordId)).for('update');
    if (!row) throw new HttpError(404, 'not_found', 'No record with this id.');
    const current = CallLogRecord.parse(row.body);
    const redactedAt = context.now.toISOString();
    const result = request.spans
      ? redactSpans(current, request.spans, operator)
      : redactRecord(current, {
          operator,
          redactedAt,
          ...(request.labels ? { detect: { labels: request.labels } } : {}),
        });
    const record = CallLogRecord.parse({ ...result.record, redactedAt });
    const id = newId('red');
    const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
    await tx
      .update(records)
      .set({ body: record, ...searchColumns(record) })
      .where(eq(records.id, record.id));
    await tx.insert(redactions).values({
      id,
      recordId: record.id,
      agentId: context.agentId,
      operator: request.operator,
      labels: result.counts,
      spanCount: total,
      createdAt: context.now,
    });
    await writeAudit(tx, {
      at: context.now,
      actor: { type: 'agent', id: context.agentId },
      action: 'record.redacted',
      target: { type: 'record', id: record.id },
      details: {
        redactionId: id,
        operator: request.operator,
        values: total,
        spans: request.spans ? 'agent' : 'detected',
      },
    });
    return { id, recordId: record.id, operator: request.operator, counts: result.counts, redactedAt, record };
  });
}
