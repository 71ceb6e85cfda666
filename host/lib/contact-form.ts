import * as z from 'zod';
import type { FormRecord } from '../../shared/api/records.ts';
import { writeAudit } from './audit.ts';
import type { Deps } from './deps.ts';
import { newId } from './ids.ts';
import { insertRecords } from './records-store.ts';

export const ContactForm = z.object({
  name: z.string().trim().min(1, 'Please tell us your name.').max(200),
  email: z.string().trim().max(320).pipe(z.email('Please enter an email address like name@example.com.')),
  phone: z.string().trim().max(40).optional().default(''),
  message: z.string().trim().min(1, 'Please tell us how we can help.').max(5000),
});
export type ContactForm = z.infer<typeof ContactForm>;

/** A demo-site submission becomes a `form` call-log record, stored with its audit event atomically. */
export async function storeContactForm(deps: Deps, form: ContactForm): Promise<FormRecord> {
  const now = deps.now();
  const record: FormRecord = {
    id: newId('rec'),
    kind: 'form',
    occurredAt: now.toISOString(),
    direction: 'inbound',
    contact: { name: form.name, email: form.email, ...(form.phone ? { phone: form.phone } : {}) },
    redactedAt: null,
    formName: 'contact',
    pageUrl: '/contact',
    fields: [
      { name: 'name', label: 'Your name', value: form.name },
      { name: 'email', label: 'Email', value: form.email },
      ...(form.phone ? [{ name: 'phone', label: 'Phone', value: form.phone }] : []),
      { name: 'message', label: 'Your message', value: form.message },
    ],
  };
  await deps.db.transaction(async (tx) => {
    await insertRecords(tx, [record]);
    await writeAudit(tx, {
      at: now,
      actor: { type: 'consumer', id: null },
      action: 'record.created',
      target: { type: 'record', id: record.id },
      details: { kind: 'form', formName: 'contact' },
    });
  });
  return record;
}
