import type { SiteConfig } from '../../shared/api/sites.ts';
import { randomId } from './ids.ts';
import { siteConfigGuard } from './widget-schemas.ts';
import { migrateStoredState } from './migrate-state.ts';
import type { StoredState } from './stored-state.ts';

/** localStorage and cookies can throw (blocked storage, sandboxed frames); every access is guarded. */
function safeGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function safeSet(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage full or blocked: the cookie still carries the essential choice.
  }
}

const stateKey = (site: string): string => `quietline:state:${site}`;
const configKey = (site: string): string => `quietline:config:${site}`;
const cookieName = (site: string): string => `quietline_${site.replace(/-/g, '_')}`;

type Flag = 'o' | 'i' | '-';
const flagOf = (decision: 'opt-out' | 'opt-in' | undefined): Flag =>
  decision === 'opt-out' ? 'o' : decision === 'opt-in' ? 'i' : '-';

/** Cookie value `1.<browserId>.<sale><sensitive>`: readable by the site's server, restores a cleared localStorage. */
function readCookie(site: string): { browserId: string; sale: Flag } | undefined {
  try {
    const name = `${cookieName(site)}=`;
    const part = document.cookie.split('; ').find((c) => c.startsWith(name));
    const match = part && /^1\.([A-Za-z0-9_-]{8,100})\.([oi-])([oi-])$/.exec(part.slice(name.length));
    return match ? { browserId: match[1]!, sale: match[2] as Flag } : undefined;
  } catch {
    return undefined;
  }
}

function writeCookie(site: string, state: StoredState): void {
  try {
    const value = `1.${state.browserId}.${flagOf(state.saleSharing?.decision)}${flagOf(state.sensitive?.decision)}`;
    const secure = location.protocol === 'https:' ? '; Secure' : '';
    // 400 days is the longest lifetime Chromium accepts.
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in older Safari and Firefox.
    document.cookie = `${cookieName(site)}=${value}; Path=/; Max-Age=34560000; SameSite=Lax${secure}`;
  } catch {
    // Cookies disabled: localStorage still holds the state.
  }
}

export function loadState(site: string, now: Date): StoredState {
  const raw = safeGet(stateKey(site));
  let parsed: unknown;
  try {
    parsed = raw ? JSON.parse(raw) : undefined;
  } catch {
    parsed = undefined;
  }
  const state = migrateStoredState(parsed);
  if (state) return state;
  const cookie = readCookie(site);
  if (!cookie) return { v: 1, browserId: randomId() };
  const at = now.toISOString();
  if (cookie.sale !== 'o') return { v: 1, browserId: cookie.browserId };
  return {
    v: 1,
    browserId: cookie.browserId,
    saleSharing: { decision: 'opt-out', source: 'link', at },
    lastOptOutAt: at,
  };
}

export function saveState(site: string, state: StoredState): void {
  safeSet(stateKey(site), JSON.stringify(state));
  writeCookie(site, state);
}

/** The last site config seen, so a returning visitor gets the link without waiting for the network. */
export function loadCachedConfig(site: string): SiteConfig | undefined {
  try {
    const raw = safeGet(configKey(site));
    const parsed = siteConfigGuard(raw ? JSON.parse(raw) : undefined);
    return parsed.ok && parsed.value.key === site ? parsed.value : undefined;
  } catch {
    return undefined;
  }
}

export function saveCachedConfig(config: SiteConfig): void {
  safeSet(configKey(config.key), JSON.stringify(config));
}
