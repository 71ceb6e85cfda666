import { parseConnectionString } from '../../../shared/api/connection.ts';
import { validateHostUrl } from '../settings/host-url.ts';
import type { HostProfile, Settings } from '../settings/schema.ts';

export type ProfileResult = { ok: true; settings: Settings } | { ok: false; message: string };

function profileId(hostUrl: string): string {
  return new URL(hostUrl).host
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40);
}

/** Adds a profile, or replaces the one for the same host, and makes it the active one. */
export function addProfile(
  settings: Settings,
  hostInput: string,
  token: string,
  name?: string,
): ProfileResult {
  const host = validateHostUrl(hostInput);
  if (!host.ok) return host;
  if (token.trim() === '') return { ok: false, message: 'Enter the API token from the call-log app.' };
  const id = profileId(host.url);
  const profile: HostProfile = {
    id,
    name: name?.trim() || new URL(host.url).host,
    hostUrl: host.url,
    token: token.trim(),
  };
  return {
    ok: true,
    settings: {
      ...settings,
      profiles: [...settings.profiles.filter((p) => p.id !== id), profile],
      activeProfileId: id,
    },
  };
}

/** The one-paste route: the call-log app's connection string carries both host URL and token. */
export function connectWithString(settings: Settings, input: string): ProfileResult {
  const parsed = parseConnectionString(input);
  if (!parsed.ok) return parsed;
  return addProfile(settings, parsed.connection.host, parsed.connection.token);
}

export function removeProfile(settings: Settings, id: string): Settings {
  const profiles = settings.profiles.filter((p) => p.id !== id);
  const activeProfileId =
    settings.activeProfileId === id ? (profiles[0]?.id ?? null) : settings.activeProfileId;
  return { ...settings, profiles, activeProfileId };
}
