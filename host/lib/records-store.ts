import { and, count, desc, eq, gte, like, lt, or, type SQL } from 'drizzle-orm';
import { CallLogRecord, type RecordPage, type RecordQuery } from '../../shared/api/records.ts';
import type { Db } from '../db/open.ts';
import { records } from '../db/schema.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { HttpError } from './http-error.ts';
import { phoneDigits } from './phone.ts';

/** The indexed search columns are derived from the body, so they can never disagree with it. */
export function searchColumns(record: CallLogRecord) {
  const digits = record.contact.phone ? phoneDigits(record.contact.phone) : '';
  return {
    phoneDigits: digits || null,
    email: record.contact.email?.trim().toLowerCase() || null,
    name: record.contact.name?.trim().toLowerCase() || null,
  };
}

export async function insertRecords(db: Db, list: readonly CallLogRecord[]): Promise<void> {
  // Batches keep each statement well under the parameter limit.
  for (let i = 0; i < list.length; i += 200) {
    const batch = list.slice(i, i + 200).map((input) => {
      const record = CallLogRecord.parse(input);
      return {
        id: record.id,
        kind: record.kind,
        occurredAt: new Date(record.occurredAt),
        ...searchColumns(record),
        body: record,
      };
    });
    await db.insert(records).values(batch);
  }
}

/** Rows are re-validated on the way out: a damaged row is an error, never silently served. */
function readBody(row: { id: string; body: unknown }): CallLogRecord {
  const parsed = CallLogRecord.safeParse(row.body);
  if (!parsed.success) throw new Error(`Stored record ${row.id} does not match the record schema.`);
  return parsed.data;
}

export async function getRecordById(db: Db, id: string): Promise<CallLogRecord | null> {
  const [row] = await db
    .select({ id: records.id, body: records.body })
    .from(records)
    .where(eq(records.id, id));
  return row ? readBody(row) : null;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (m) => `\\${m}`);

function filters(query: RecordQuery): SQL[] {
  const where: SQL[] = [];
  if (query.phone !== undefined) {
    const digits = phoneDigits(query.phone);
    if (digits.length < 3) {
      throw new HttpError(400, 'validation_failed', 'The query parameters are not valid.', {
        issues: [{ path: 'phone', message: 'Give at least 3 digits of the phone number.' }],
      });
    }
    where.push(like(records.phoneDigits, `%${digits}%`));
  }
  if (query.email) where.push(like(records.email, `%${escapeLike(query.email.trim().toLowerCase())}%`));
  if (query.name) where.push(like(records.name, `%${escapeLike(query.name.trim().toLowerCase())}%`));
  if (query.kind) where.push(eq(records.kind, query.kind));
  if (query.from) where.push(gte(records.occurredAt, new Date(query.from)));
  if (query.to) where.push(lt(records.occurredAt, new Date(query.to)));
  return where;
}

/** Newest first, ties broken by id descending: a stable total order, so pages never overlap. */
export async function searchRecords(db: Db, query: RecordQuery): Promise<RecordPage> {
  const where = filters(query);
  const [totalRow] = await db
    .select({ n: count() })
    .from(records)
    .where(and(...where));
  const pageWhere = [...where];
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    const t = new Date(after.t);
    pageWhere.push(
      or(lt(records.occurredAt, t), and(eq(records.occurredAt, t), lt(records.id, after.id))) as SQL,
    );
  }
  const rows = await db
    .select({ id: records.id, body: records.body, occurredAt: records.occurredAt })
    .from(records)
    .where(and(...pageWhere))
    .orderBy(desc(records.occurredAt), desc(records.id))
    .limit(query.limit + 1)
    .offset(query.page ? (query.page - 1) * query.limit : 0);
  const pageRows = rows.slice(0, query.limit);
  const last = pageRows.at(-1);
  const hasMore = rows.length > query.limit;
  return {
    items: pageRows.map(readBody),
    nextCursor: hasMore && last ? encodeCursor({ t: last.occurredAt.toISOString(), id: last.id }) : null,
    total: totalRow?.n ?? 0,
  };
}
