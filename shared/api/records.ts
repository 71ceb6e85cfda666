import * as z from 'zod/mini';
import { Cursor, PageLimit, PageNumber, pageOf } from './pagination.ts';

/** Call-log records as a call-tracking platform stores them: calls, texts, chats and web forms. */
export const RecordKind = z.enum(['call', 'sms', 'chat', 'form']);
export type RecordKind = z.infer<typeof RecordKind>;

export const RecordId = z.string().check(z.regex(/^rec_[A-Za-z0-9]{6,40}$/));
export type RecordId = z.infer<typeof RecordId>;

const IsoDateTime = z.iso.datetime({ offset: true });

export const ContactFields = z.object({
  name: z.optional(z.string().check(z.maxLength(200))),
  phone: z.optional(z.string().check(z.maxLength(40))),
  email: z.optional(z.string().check(z.maxLength(320))),
  address: z.optional(z.string().check(z.maxLength(500))),
});
export type ContactFields = z.infer<typeof ContactFields>;

export const Speaker = z.enum(['agent', 'customer', 'system']);
export type Speaker = z.infer<typeof Speaker>;

/** One speech-to-text turn; offsets are milliseconds from the start of the recording. */
export const TranscriptTurn = z.object({
  speaker: Speaker,
  startMs: z.int().check(z.nonnegative()),
  endMs: z.int().check(z.nonnegative()),
  text: z.string().check(z.maxLength(20_000)),
});
export type TranscriptTurn = z.infer<typeof TranscriptTurn>;

/** One SMS or chat message. */
export const Message = z.object({
  sender: Speaker,
  sentAt: IsoDateTime,
  text: z.string().check(z.maxLength(20_000)),
});
export type Message = z.infer<typeof Message>;

export const FormField = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  label: z.string().check(z.maxLength(200)),
  value: z.string().check(z.maxLength(20_000)),
});
export type FormField = z.infer<typeof FormField>;

const recordBase = {
  id: RecordId,
  occurredAt: IsoDateTime,
  direction: z.enum(['inbound', 'outbound']),
  contact: ContactFields,
  /** Set once the record has been redacted; redaction is irreversible. */
  redactedAt: z.nullable(IsoDateTime),
};

export const CallRecord = z.object({
  ...recordBase,
  kind: z.literal('call'),
  durationSeconds: z.int().check(z.nonnegative()),
  trackingNumber: z.string(),
  transcript: z.array(TranscriptTurn),
});
export type CallRecord = z.infer<typeof CallRecord>;

export const SmsRecord = z.object({
  ...recordBase,
  kind: z.literal('sms'),
  trackingNumber: z.string(),
  messages: z.array(Message),
});
export type SmsRecord = z.infer<typeof SmsRecord>;

export const ChatRecord = z.object({
  ...recordBase,
  kind: z.literal('chat'),
  pageUrl: z.string(),
  messages: z.array(Message),
});
export type ChatRecord = z.infer<typeof ChatRecord>;

export const FormRecord = z.object({
  ...recordBase,
  kind: z.literal('form'),
  formName: z.string(),
  pageUrl: z.string(),
  fields: z.array(FormField),
});
export type FormRecord = z.infer<typeof FormRecord>;

export const CallLogRecord = z.discriminatedUnion('kind', [CallRecord, SmsRecord, ChatRecord, FormRecord]);
export type CallLogRecord = z.infer<typeof CallLogRecord>;

/**
 * List/search filters. `phone` matches on digits only, `email` and `name` by case-insensitive
 * substring; `from`/`to` bound `occurredAt` (inclusive, exclusive). Use `cursor` or `page`, not both.
 */
export const RecordQuery = z
  .object({
    phone: z.optional(z.string().check(z.maxLength(40))),
    email: z.optional(z.string().check(z.maxLength(320))),
    name: z.optional(z.string().check(z.maxLength(200))),
    from: z.optional(IsoDateTime),
    to: z.optional(IsoDateTime),
    kind: z.optional(RecordKind),
    cursor: z.optional(Cursor),
    page: z.optional(PageNumber),
    limit: PageLimit,
  })
  .check(
    z.refine((q) => q.cursor === undefined || q.page === undefined, {
      message: 'Use either cursor or page, not both.',
      path: ['page'],
    }),
  );
export type RecordQuery = z.infer<typeof RecordQuery>;

/** Newest first; ties broken by id so pages never overlap or skip. */
export const RecordPage = pageOf(CallLogRecord);
export type RecordPage = z.infer<typeof RecordPage>;
