/** Civ. Code 1798.135(c)(4): after an opt-out, wait at least 12 months before asking to opt back in. */
export function quietPeriodEnds(lastOptOutAt: string): Date {
  const end = new Date(lastOptOutAt);
  end.setUTCMonth(end.getUTCMonth() + 12);
  return end;
}

/** True when the site may ask this visitor to opt in: never within 12 months, unless the visitor started it. */
export function mayAskToOptIn(lastOptOutAt: string | undefined, now: Date, visitorStarted: boolean): boolean {
  if (visitorStarted || lastOptOutAt === undefined) return true;
  return now.getTime() >= quietPeriodEnds(lastOptOutAt).getTime();
}
