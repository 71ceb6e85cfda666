import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { validateMatchPattern } from '../lib/settings/match-pattern.ts';
import type { Settings } from '../lib/settings/schema.ts';

/** Drops a pattern and gives back the site access no remaining pattern needs. */
function removePattern(settings: Settings, pattern: string): Settings {
  const patterns = settings.patterns.filter((p) => p !== pattern);
  const origin = (p: string): string | null => {
    const result = validateMatchPattern(p);
    return result.ok ? result.origin : null;
  };
  const gone = origin(pattern);
  if (gone && !patterns.some((p) => origin(p) === gone))
    browser.permissions.remove({ origins: [gone] }).catch(() => false);
  return { ...settings, patterns };
}

export type PagePatternsProps = { settings: Settings; onSave: (next: Settings) => void };

/** Pages to overlay. Adding one asks the browser for access to just that site, at that moment. */
export function PagePatterns({ settings, onSave }: PagePatternsProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="pages-title">
      <h2 id="pages-title">Pages to highlight</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const result = validateMatchPattern(input);
          if (!result.ok) {
            setError(result.message);
            return;
          }
          // Requested inside the click: browsers only show the prompt for a user gesture.
          void browser.permissions.request({ origins: [result.origin] }).then((granted) => {
            if (!granted) {
              setError(`Access to ${result.origin} was not granted, so those pages cannot be highlighted.`);
              return;
            }
            setError(null);
            setInput('');
            if (!settings.patterns.includes(result.pattern)) {
              onSave({ ...settings, patterns: [...settings.patterns, result.pattern] });
            }
          });
        }}
      >
        <label for="pattern">Page pattern</label>
        <input
          id="pattern"
          placeholder="https://calls.example.com/app/*"
          value={input}
          onInput={(e) => setInput(e.currentTarget.value)}
        />
        <button type="submit">Add</button>
      </form>
      {error ? (
        <p role="alert" class="error">
          {error}
        </p>
      ) : null}
      <ul aria-label="Pages">
        {settings.patterns.map((pattern) => (
          <li key={pattern}>
            <code>{pattern}</code>{' '}
            <button type="button" onClick={() => onSave(removePattern(settings, pattern))}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
