import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { FindingsResponse } from '../lib/messages.ts';
import { listFindings, revealFinding, type TabInfo, targetTab } from '../lib/popup/tab.ts';
import type { Settings } from '../lib/settings/schema.ts';
import { loadSettings, updateSettings } from '../lib/settings/store.ts';
import { FindingList } from './finding-list.tsx';
import { Legend } from './legend.tsx';

const REFRESH_MS = 1000;

/** Counts per label on the current page, on/off for the site, screen-share mode and the findings list. */
export function PopupApp() {
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [page, setPage] = useState<FindingsResponse | null>(null);

  useEffect(() => {
    void targetTab().then(setTab);
    void loadSettings().then(setSettings);
  }, []);

  useEffect(() => {
    if (!tab) return;
    const refresh = (): void => void listFindings(tab.id).then(setPage);
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [tab]);

  if (!settings) return <main>Loading…</main>;
  const origin = tab?.origin ?? null;
  const siteOn = origin !== null && !settings.disabledOrigins.includes(origin);
  const save = (change: (current: Settings) => Settings): void =>
    void updateSettings(change).then(setSettings);

  return (
    <main>
      <h1>Quietline</h1>
      {origin && page ? (
        <label class="toggle">
          <input
            type="checkbox"
            checked={siteOn}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              save((current) => ({
                ...current,
                disabledOrigins: on
                  ? current.disabledOrigins.filter((o) => o !== origin)
                  : [...current.disabledOrigins, origin],
              }));
            }}
          />
          Highlight on {new URL(origin).host}
        </label>
      ) : (
        <p class="notice">Quietline does not overlay this page. Add its address in the options.</p>
      )}
      <label class="toggle">
        <input
          type="checkbox"
          checked={settings.masking === 'screen-share'}
          onChange={(event) => {
            const masking = event.currentTarget.checked ? 'screen-share' : 'off';
            save((current) => ({ ...current, masking }));
          }}
        />
        Screen-share mode (mask values; click one to reveal it)
      </label>
      {page?.active ? (
        <>
          <Legend labels={settings.labels} counts={page.counts} />
          <FindingList
            findings={page.findings}
            onChoose={(id) => {
              if (tab) void revealFinding(tab.id, id);
            }}
          />
        </>
      ) : null}
      <p>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </p>
    </main>
  );
}
