import { useState } from 'preact/hooks';
import { addProfile, connectWithString, removeProfile } from '../lib/options/profiles.ts';
import type { Settings } from '../lib/settings/schema.ts';

export type HostProfilesProps = { settings: Settings; onSave: (next: Settings) => void };

/** Host profiles: paste a connection string, or type the host URL and token. Tokens are never shown back. */
export function HostProfiles({ settings, onSave }: HostProfilesProps) {
  const [connection, setConnection] = useState('');
  const [hostUrl, setHostUrl] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);

  const apply = (result: ReturnType<typeof addProfile>): boolean => {
    if (!result.ok) {
      setError(result.message);
      return false;
    }
    setError(null);
    onSave(result.settings);
    return true;
  };

  return (
    <section aria-labelledby="hosts-title">
      <h2 id="hosts-title">Host</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (apply(connectWithString(settings, connection))) setConnection('');
        }}
      >
        <label for="connection">Connection string (from the call-log app's Connect page)</label>
        <input id="connection" value={connection} onInput={(e) => setConnection(e.currentTarget.value)} />
        <button type="submit">Connect</button>
      </form>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (apply(addProfile(settings, hostUrl, token))) {
            setHostUrl('');
            setToken('');
          }
        }}
      >
        <label for="host-url">Host URL</label>
        <input id="host-url" value={hostUrl} onInput={(e) => setHostUrl(e.currentTarget.value)} />
        <label for="token">API token</label>
        <input
          id="token"
          type="password"
          autocomplete="off"
          value={token}
          onInput={(e) => setToken(e.currentTarget.value)}
        />
        <button type="submit">Save host</button>
      </form>
      {error ? (
        <p role="alert" class="error">
          {error}
        </p>
      ) : null}
      <ul aria-label="Saved hosts">
        {settings.profiles.map((profile) => (
          <li key={profile.id}>
            {profile.name} ({profile.hostUrl}){profile.id === settings.activeProfileId ? ' (active)' : ''}{' '}
            <button type="button" onClick={() => onSave(removeProfile(settings, profile.id))}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
