import { type CallOptions, type Client, call, segment } from '../client.ts';
import { SiteConfig } from '../sites.ts';

export const getSiteConfig = (client: Client, siteKey: string, options?: CallOptions) =>
  call(client, 'GET', `/v1/sites/${segment(siteKey)}/config`, SiteConfig, { ...options });
