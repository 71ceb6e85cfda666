import type { Context } from 'hono';
import type { SiteSettings } from '../../shared/api/sites.ts';
import type { Db } from '../db/open.ts';
import { HttpError } from './http-error.ts';
import { getSiteSettings } from './sites-store.ts';

/**
 * For consumer-facing writes: the site must exist (422 on siteKey otherwise) and a browser caller's
 * Origin must be one the site allows (403). Non-browser callers send no Origin and pass.
 */
export async function siteForWrite(db: Db, c: Context, siteKey: string): Promise<SiteSettings> {
  const site = await getSiteSettings(db, siteKey);
  if (!site) {
    throw new HttpError(422, 'validation_failed', 'The request body is not valid.', {
      issues: [{ path: 'siteKey', message: 'No site with this key.' }],
    });
  }
  const origin = c.req.header('origin');
  if (origin && !site.allowedOrigins.includes(origin)) {
    throw new HttpError(403, 'forbidden', 'This origin may not submit requests for this site.');
  }
  return site;
}
