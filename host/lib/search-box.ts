import type { RecordQuery } from '../../shared/api/records.ts';

/** The call log's single search box: an @ means email, mostly digits means phone, anything else a name. */
export function searchBoxQuery(q: string): Partial<RecordQuery> {
  const text = q.trim();
  if (!text) return {};
  if (text.includes('@')) return { email: text };
  if (/^[\d\s()+.-]+$/.test(text) && text.replace(/\D/g, '').length >= 3) return { phone: text };
  return { name: text };
}
