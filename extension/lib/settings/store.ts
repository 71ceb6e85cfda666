import { browser } from 'wxt/browser';
import { migrateSettings } from './migrate.ts';
import { type Settings, SettingsV2 } from './schema.ts';

export const SETTINGS_KEY = 'settings';

/** Settings, tokens included, live in local storage only: sync storage would copy tokens to other devices. */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const { settings, migrated } = migrateSettings(stored[SETTINGS_KEY]);
  if (migrated) await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  return settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: SettingsV2.parse(settings) });
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await saveSettings(next);
  return next;
}

/** Calls back with fresh settings whenever another part of the extension saves them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    onChange(migrateSettings(change.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
