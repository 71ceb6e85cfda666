import type { PrivacyRequestDeadlines } from '../../shared/api/privacy-requests.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Weekdays only, counted in UTC; state holidays are not modelled, so the date errs early, never late. */
export function addBusinessDays(from: Date, days: number): Date {
  let at = from.getTime();
  let left = days;
  while (left > 0) {
    at += DAY_MS;
    const weekday = new Date(at).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return new Date(at);
}

export const addDays = (from: Date, days: number) => new Date(from.getTime() + days * DAY_MS);

/** §7021: confirm receipt within 10 business days; respond within 45 calendar days of receipt. */
export function initialDeadlines(receivedAt: Date): PrivacyRequestDeadlines {
  return {
    receivedAt: receivedAt.toISOString(),
    confirmBy: addBusinessDays(receivedAt, 10).toISOString(),
    respondBy: addDays(receivedAt, 45).toISOString(),
    extendedTo: null,
  };
}

/** §7021(b): one extension of up to 45 more days, so never past day 90 from receipt. */
export const maximumExtension = (receivedAt: Date) => addDays(receivedAt, 90);
