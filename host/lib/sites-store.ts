import { eq } from 'drizzle-orm';
import { SiteSettings } from '../../shared/api/sites.ts';
import type { Db } from '../db/open.ts';
import { sites } from '../db/schema.ts';

export async function getSiteSettings(db: Db, key: string): Promise<SiteSettings | null> {
  const [row] = await db.select({ settings: sites.settings }).from(sites).where(eq(sites.key, key));
  if (!row) return null;
  const parsed = SiteSettings.safeParse(row.settings);
  if (!parsed.success) throw new Error(`Stored settings of site ${key} do not match the site schema.`);
  return parsed.data;
}

export async function putSite(db: Db, settings: SiteSettings, now: Date): Promise<void> {
  const valid = SiteSettings.parse(settings);
  await db
    .insert(sites)
    .values({ key: valid.key, settings: valid, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: sites.key, set: { settings: valid, updatedAt: now } });
}

/** Every origin any site allows: CORS preflights arrive before we know which site a body names. */
export async function allAllowedOrigins(db: Db): Promise<Set<string>> {
  const rows = await db.select({ settings: sites.settings }).from(sites);
  const origins = new Set<string>();
  for (const row of rows) {
    const parsed = SiteSettings.safeParse(row.settings);
    if (parsed.success) for (const origin of parsed.data.allowedOrigins) origins.add(origin);
  }
  return origins;
}
