import { describe, expect, it } from 'vitest';
import type { CreateOptOut } from '../../../shared/api/opt-outs.ts';
import type { SiteConfig } from '../../../shared/api/sites.ts';
import { decodeGpp } from '../../../shared/signals/gpp-string.ts';
import { createStore } from '../../../widget/lib/store.ts';
import type { StoredState } from '../../../widget/lib/stored-state.ts';

const config: SiteConfig = {
  key: 'demo',
  name: 'Demo',
  linkStyle: 'privacy-choices',
  usesSensitivePi: true,
  knownMinorAudience: false,
  privacyPolicyUrl: '/privacy',
  languages: ['en'],
  defaultLanguage: 'en',
};

function setup(
  options: { gpc?: boolean; initial?: Partial<StoredState> | undefined; config?: Partial<SiteConfig> } = {},
) {
  const sent: CreateOptOut[] = [];
  const saved: StoredState[] = [];
  const store = createStore({
    site: 'demo',
    initial: { v: 1, browserId: 'browser-0001', ...options.initial },
    gpc: options.gpc ?? false,
    now: () => new Date('2026-11-30T12:00:00Z'),
    save: (s) => saved.push(s),
    send: async (i) => {
      sent.push(i);
      return 'sent';
    },
  });
  store.setConfig({ ...config, ...options.config });
  return { store, sent, saved };
}

describe('widget state', () => {
  it('GPC opts out of sale/sharing once, and a stored record stops a second send', async () => {
    const first = setup({ gpc: true });
    await first.store.honorGpc();
    await first.store.honorGpc();
    expect(first.sent).toHaveLength(1);
    expect(first.sent[0]).toMatchObject({ source: 'gpc', decision: 'opt-out', gpc: true });
    expect(first.store.snapshot()).toMatchObject({ saleSharingOptedOut: true, gpcHonored: true });

    const reload = setup({ gpc: true, initial: first.saved.at(-1) });
    await reload.store.honorGpc();
    expect(reload.sent).toHaveLength(0);
    expect(reload.store.snapshot().gpcHonored).toBe(true);
  });

  it('with GPC on, an opt-in for sale/sharing is not applied', async () => {
    const { store, sent } = setup({ gpc: true });
    await store.honorGpc();
    await store.apply({ saleSharing: 'opt-in' }, 'link');
    expect(sent).toHaveLength(1);
    expect(store.snapshot().saleSharingOptedOut).toBe(true);
  });

  it('sends only real changes, grouping scopes with the same decision', async () => {
    const { store, sent } = setup();
    await store.apply({ saleSharing: 'opt-in', sensitive: 'opt-in' }, 'link');
    expect(sent).toHaveLength(0);
    await store.apply({ saleSharing: 'opt-out', sensitive: 'opt-out' }, 'link');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.scopes).toEqual(['sale-sharing', 'sensitive-limit']);
    expect(decodeGpp(sent[0]?.gppString ?? '').usca?.SaleOptOut).toBe(1);
    expect(store.snapshot().lastOptOutAt).toBe('2026-11-30T12:00:00.000Z');
  });

  it('a known under-16 audience starts opted out; opting in is recorded as an opt-in', async () => {
    const { store, sent } = setup({ config: { knownMinorAudience: true } });
    expect(store.snapshot().saleSharingOptedOut).toBe(true);
    expect(store.snapshot().uspString).toBe('1YYN');
    await store.apply({ saleSharing: 'opt-in' }, 'link');
    expect(sent[0]).toMatchObject({ decision: 'opt-in', scopes: ['sale-sharing'] });
    expect(store.snapshot().saleSharingOptedOut).toBe(false);
  });

  it('is not ready and has no GPP string before the site config arrives', () => {
    const store = createStore({
      site: 'demo',
      initial: { v: 1, browserId: 'browser-0001' },
      gpc: false,
      now: () => new Date(),
      save: () => undefined,
      send: async () => 'sent',
    });
    expect(store.snapshot()).toMatchObject({ ready: false, gppString: undefined });
  });
});
