/** Presidio-style context: words shortly before a candidate raise or lower its score. */

/** True when any keyword occurs in the `window` characters before `pos` (text already lower-cased). */
export function hasBefore(lower: string, pos: number, keywords: readonly string[], window = 40): boolean {
  const from = Math.max(0, pos - window);
  const slice = lower.slice(from, pos);
  for (const k of keywords) if (slice.includes(k)) return true;
  return false;
}

/** True when any keyword occurs in the `window` characters after `pos`. */
export function hasAfter(lower: string, pos: number, keywords: readonly string[], window = 30): boolean {
  const slice = lower.slice(pos, pos + window);
  for (const k of keywords) if (slice.includes(k)) return true;
  return false;
}

/** Numbers that belong to a business, not a person: they veto account-like and ID-like readings. */
export const NOT_PERSONAL = [
  'order',
  'case',
  'ticket',
  'tracking',
  'confirmation',
  'invoice',
  'reference',
  'ref ',
  'ref#',
  'ref.',
  'claim',
  ' po ',
  'po#',
  'purchase order',
  'sku',
  'item',
  'model',
  'serial',
  'version',
  'build',
  'reservation',
  'booking',
  'policy',
  'member id',
  'shipment',
  'parcel',
  'package',
  'extension',
  'ext.',
  ' ext ',
  'room',
  'flight',
  'store',
  'job',
  'incident',
  'rma',
  'quote',
  'promo',
  'confirmation code',
  'access code',
  'verification code',
  'discount code',
  ' pin',
  'account id',
  'customer id',
  'customer number',
  'transaction',
];

/** The nearest of several keyword groups before `pos`, so "card ... account number" reads as account. */
export function nearestGroup<K extends string>(
  lower: string,
  pos: number,
  groups: Readonly<Record<K, readonly string[]>>,
  window = 50,
): K | null {
  const from = Math.max(0, pos - window);
  const slice = lower.slice(from, pos);
  let best: K | null = null;
  let bestAt = -1;
  for (const key of Object.keys(groups) as K[]) {
    for (const k of groups[key]) {
      const at = slice.lastIndexOf(k);
      if (at > bestAt) {
        bestAt = at;
        best = key;
      }
    }
  }
  return best;
}
