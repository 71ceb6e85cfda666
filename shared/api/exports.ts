import * as z from 'zod/mini';
import { RecordId } from './records.ts';

export const ExportFormat = z.enum(['json', 'csv']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** A copy of one record for a right-to-know response (Civ. Code 1798.130(a)(2)). */
export const CreateExport = z.object({
  recordId: RecordId,
  format: ExportFormat,
});
export type CreateExport = z.infer<typeof CreateExport>;

export const ExportResult = z.object({
  id: z.string().check(z.regex(/^exp_[A-Za-z0-9]{6,40}$/)),
  recordId: RecordId,
  format: ExportFormat,
  createdAt: z.iso.datetime({ offset: true }),
  filename: z.string().check(z.maxLength(200)),
  contentType: z.string(),
  /** The file itself, inline: one record is small. */
  content: z.string(),
});
export type ExportResult = z.infer<typeof ExportResult>;
