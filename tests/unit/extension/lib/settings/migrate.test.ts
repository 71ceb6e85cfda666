import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../../extension/lib/settings/defaults.ts';
import { migrateSettings } from '../../../../../extension/lib/settings/migrate.ts';
import { SettingsV1, SettingsV2 } from '../../../../../extension/lib/settings/schema.ts';
import v1 from './fixtures/v1.json' with { type: 'json' };
import v2 from './fixtures/v2.json' with { type: 'json' };

describe('settings migrations', () => {
  it('each version fixture matches the schema of its version', () => {
    expect(SettingsV1.safeParse(v1).success).toBe(true);
    expect(SettingsV2.safeParse(v2).success).toBe(true);
  });

  it('version 1 becomes version 2: the single host becomes the active profile, mask becomes screen-share', () => {
    const { settings, migrated } = migrateSettings(v1);
    expect(migrated).toBe(true);
    expect(settings).toEqual({
      version: 2,
      profiles: [{ id: 'default', name: 'Host', hostUrl: 'https://calls.example.com', token: v1.token }],
      activeProfileId: 'default',
      patterns: v1.patterns,
      labels: v1.labels,
      masking: 'screen-share',
      disabledOrigins: [],
    });
    expect(SettingsV2.safeParse(settings).success).toBe(true);
  });

  it('version 1 without a host migrates to no profiles', () => {
    const { settings } = migrateSettings({ ...v1, hostUrl: null, token: null, mask: false });
    expect(settings.profiles).toEqual([]);
    expect(settings.activeProfileId).toBeNull();
    expect(settings.masking).toBe('off');
  });

  it('the current version is kept as it is', () => {
    expect(migrateSettings(v2)).toEqual({ settings: v2, migrated: false, discarded: false });
  });

  it('nothing stored gives the defaults; unreadable data is discarded for the defaults', () => {
    expect(migrateSettings(undefined)).toEqual({
      settings: defaultSettings(),
      migrated: false,
      discarded: false,
    });
    expect(migrateSettings({ version: 2, profiles: 'nope' })).toEqual({
      settings: defaultSettings(),
      migrated: false,
      discarded: true,
    });
    expect(migrateSettings({ version: 9 }).discarded).toBe(true);
  });

  it('the store build overlays nothing by default; only the test build pre-sets loopback pages', () => {
    expect(defaultSettings('production').patterns).toEqual([]);
    expect(defaultSettings('e2e').patterns).toEqual(['http://127.0.0.1/*']);
  });
});
