import type { CreateExport, ExportResult } from '../../shared/api/exports.ts';
import type { Db } from '../db/open.ts';
import { exports } from '../db/schema.ts';
import { writeAudit } from './audit.ts';
import { exportRecord } from './export-record.ts';
import { HttpError } from './http-error.ts';
import { newId } from './ids.ts';
import { getRecordById } from './records-store.ts';

/** Builds the file and logs the export (who, which record, which format); the file itself is not kept. */
export async function exportStoredRecord(
  db: Db,
  request: CreateExport,
  context: { agentId: string; now: Date },
): Promise<ExportResult> {
  const record = await getRecordById(db, request.recordId);
  if (!record) throw new HttpError(404, 'not_found', 'No record with this id.');
  const id = newId('exp');
  await db.transaction(async (tx) => {
    await tx.insert(exports).values({
      id,
      recordId: record.id,
      agentId: context.agentId,
      format: request.format,
      createdAt: context.now,
    });
    await writeAudit(tx, {
      at: context.now,
      actor: { type: 'agent', id: context.agentId },
      action: 'record.exported',
      target: { type: 'record', id: record.id },
      details: { exportId: id, format: request.format },
    });
  });
  return {
    id,
    recordId: record.id,
    format: request.format,
    createdAt: context.now.toISOString(),
    ...exportRecord(record, request.format),
  };
}
