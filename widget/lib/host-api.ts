import type { CreateOptOut } from '../../shared/api/opt-outs.ts';
import type { SiteConfig } from '../../shared/api/sites.ts';
import { reportError } from './report.ts';
import type { Delivery } from './sender.ts';
import { siteConfigGuard } from './widget-schemas.ts';

export interface HostApi {
  config(site: string): Promise<SiteConfig | undefined>;
  postOptOut(item: CreateOptOut): Promise<Delivery>;
}

/**
 * The two widget endpoints. The typed client (shared/api/client.ts) and zod would pull every API
 * schema into a script that loads on every page; responses are checked with the loader's guards.
 */
export function hostApi(baseUrl: string): HostApi {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    async config(site) {
      try {
        const response = await fetch(`${base}/v1/sites/${encodeURIComponent(site)}/config`, {
          headers: { accept: 'application/json' },
          credentials: 'omit',
        });
        const parsed = siteConfigGuard(response.ok ? await response.json() : undefined);
        if (parsed.ok) return parsed.value;
        reportError(`could not load the configuration of site "${site}" (HTTP ${response.status}).`);
      } catch (error) {
        reportError(`could not reach the host for the configuration of site "${site}".`, error);
      }
      return undefined;
    },
    async postOptOut(item) {
      let response: Response;
      try {
        // keepalive: an opt-out clicked just before leaving the page still reaches the host.
        response = await fetch(`${base}/v1/opt-outs`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(item),
          credentials: 'omit',
          keepalive: true,
        });
      } catch {
        return 'retry';
      }
      const { status } = response;
      // A server error, timeout or rate limit: try again later with the same idempotency key.
      if (status >= 500 || status === 429 || status === 408) return 'retry';
      if (response.ok) return 'sent';
      reportError(`the host refused an opt-out (HTTP ${status}).`);
      return 'rejected';
    },
  };
}
