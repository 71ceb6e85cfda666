import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../lib/settings/schema.ts';
import { loadSettings, saveSettings } from '../lib/settings/store.ts';
import { DisplaySettings } from './display-settings.tsx';
import { HostProfiles } from './host-profiles.tsx';
import { PagePatterns } from './page-patterns.tsx';

/** Options page: every change is validated and saved at once. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => void loadSettings().then(setSettings), []);
  if (!settings) return <main>Loading…</main>;
  const onSave = (next: Settings): void => {
    setSettings(next);
    void saveSettings(next).then(
      () => setStatus('Saved.'),
      () => setStatus('Could not save the settings.'),
    );
  };
  return (
    <main>
      <h1>Quietline options</h1>
      <HostProfiles settings={settings} onSave={onSave} />
      <PagePatterns settings={settings} onSave={onSave} />
      <DisplaySettings settings={settings} onSave={onSave} />
      <p role="status">{status}</p>
    </main>
  );
}
