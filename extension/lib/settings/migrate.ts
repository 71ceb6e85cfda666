import * as z from 'zod/mini';
import { defaultSettings } from './defaults.ts';
import { type Settings, SettingsV1, SettingsV2 } from './schema.ts';

export type MigrationResult = { settings: Settings; migrated: boolean; discarded: boolean };

function fromV1(v1: SettingsV1): Settings {
  const profiles =
    v1.hostUrl && v1.token ? [{ id: 'default', name: 'Host', hostUrl: v1.hostUrl, token: v1.token }] : [];
  return {
    version: 2,
    profiles,
    activeProfileId: profiles[0]?.id ?? null,
    patterns: v1.patterns,
    labels: v1.labels,
    masking: v1.mask ? 'screen-share' : 'off',
    disabledOrigins: [],
  };
}

const Versioned = z.object({ version: z.number() });

/** Brings whatever is stored up to the current version; unreadable data falls back to defaults. */
export function migrateSettings(stored: unknown): MigrationResult {
  if (stored === undefined || stored === null) {
    return { settings: defaultSettings(), migrated: false, discarded: false };
  }
  const versioned = Versioned.safeParse(stored);
  if (versioned.success && versioned.data.version === 1) {
    const v1 = SettingsV1.safeParse(stored);
    if (v1.success) return { settings: fromV1(v1.data), migrated: true, discarded: false };
  }
  const v2 = SettingsV2.safeParse(stored);
  if (v2.success) return { settings: v2.data, migrated: false, discarded: false };
  return { settings: defaultSettings(), migrated: false, discarded: true };
}
