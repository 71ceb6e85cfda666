import type { CreateOptOut } from '../../shared/api/opt-outs.ts';
import type { SiteConfig } from '../../shared/api/sites.ts';
import {
  array,
  boolean,
  type Guard,
  httpUrl,
  isoDateTime,
  literal,
  object,
  oneOf,
  record,
  string,
} from './guards.ts';
import type { EmbedConfig } from './embed-config-schema.ts';
import type { StoredState } from './stored-state.ts';

// Loader-side mirrors of the zod schemas (see guards.ts for why); each is typed as the zod-inferred type.
const LOCALES = ['en', 'es', 'zh', 'vi', 'tl', 'ko'] as const;
const ID = /^[A-Za-z0-9_-]{8,100}$/;
const siteKey = string(/^[a-z0-9][a-z0-9-]{1,62}$/);
const locale = oneOf(LOCALES);
const text = string(undefined, 0, 2000);
const linkStyle = oneOf(['do-not-sell', 'privacy-choices'] as const);

export const siteConfigGuard: Guard<SiteConfig> = object(
  {
    key: siteKey,
    name: string(undefined, 1, 200),
    linkStyle,
    usesSensitivePi: boolean,
    knownMinorAudience: boolean,
    privacyPolicyUrl: text,
    languages: array(locale, 1),
    defaultLanguage: locale,
    texts: record(record(text), LOCALES),
  },
  ['texts'],
);

const choice = object({
  decision: oneOf(['opt-out', 'opt-in'] as const),
  source: oneOf(['link', 'gpc', 'gpc-header', 'api'] as const),
  at: isoDateTime,
});

export const storedStateGuard: Guard<StoredState> = object(
  {
    v: literal(1),
    browserId: string(ID),
    saleSharing: choice,
    sensitive: choice,
    gpcRecordedAt: isoDateTime,
    lastOptOutAt: isoDateTime,
  },
  ['saleSharing', 'sensitive', 'gpcRecordedAt', 'lastOptOutAt'],
);

export const createOptOutGuard: Guard<CreateOptOut> = object(
  {
    siteKey,
    idempotencyKey: string(ID),
    browserId: string(ID),
    source: oneOf(['link', 'gpc', 'gpc-header', 'api'] as const),
    decision: oneOf(['opt-out', 'opt-in'] as const),
    scopes: array(oneOf(['sale-sharing', 'sensitive-limit'] as const), 1),
    gpc: boolean,
    gppString: text,
    occurredAt: isoDateTime,
    pageUrl: text,
  },
  ['gppString', 'pageUrl'],
);

export const embedConfigGuard: Guard<EmbedConfig> = object(
  { site: siteKey, host: httpUrl, lang: locale, linkStyle },
  ['lang', 'linkStyle'],
);
