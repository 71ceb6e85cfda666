/**
 * Slows password guessing: after `limit` failures for one email within `windowMs`, further attempts
 * are refused until the window passes. In memory: a restart forgets, which is fine for one process.
 */
export function loginThrottle(options: { limit: number; windowMs: number }) {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) =>
    (failures.get(key) ?? []).filter((t) => now - t < options.windowMs);
  return {
    blocked(email: string, now: Date): boolean {
      return recent(email.trim().toLowerCase(), now.getTime()).length >= options.limit;
    },
    failed(email: string, now: Date): void {
      const key = email.trim().toLowerCase();
      // Bounded memory: forget the oldest keys when many different emails are tried.
      if (failures.size > 10_000) failures.delete(failures.keys().next().value ?? '');
      failures.set(key, [...recent(key, now.getTime()), now.getTime()]);
    },
    succeeded(email: string): void {
      failures.delete(email.trim().toLowerCase());
    },
  };
}

export type LoginThrottle = ReturnType<typeof loginThrottle>;
