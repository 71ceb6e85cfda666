// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { SiteConfig } from '../../../shared/api/sites.ts';
import { type GppCallback, installGpp } from '../../../widget/lib/gpp-api.ts';
import { createStore } from '../../../widget/lib/store.ts';
import { installUsp } from '../../../widget/lib/usp-api.ts';

const config: SiteConfig = {
  key: 'demo',
  name: 'Demo',
  linkStyle: 'privacy-choices',
  usesSensitivePi: false,
  knownMinorAudience: false,
  privacyPolicyUrl: '/privacy',
  languages: ['en'],
  defaultLanguage: 'en',
};

type GppWindow = Window & {
  __gpp?: ((...args: unknown[]) => unknown) & { queue?: unknown[] };
  __uspapi?: unknown;
};

function setup() {
  const win = window as GppWindow;
  const store = createStore({
    site: 'demo',
    initial: { v: 1, browserId: 'browser-0001' },
    gpc: false,
    now: () => new Date('2026-11-30T12:00:00Z'),
    save: () => undefined,
    send: async () => 'sent',
  });
  return { win, store };
}

describe('__gpp CMP API', () => {
  it('replays calls queued by an earlier IAB stub and answers section calls once ready', () => {
    const { win, store } = setup();
    const early: unknown[] = [];
    const stub = Object.assign(() => undefined, {
      queue: [['getField', (d: unknown) => early.push(d), 'usca.SaleOptOut']],
    });
    win.__gpp = stub;
    installGpp(win, store);
    expect(typeof win.__gpp).toBe('function');
    expect(win.__gpp).not.toBe(stub);

    const pings: Record<string, unknown>[] = [];
    win.__gpp?.('ping', (d: unknown) => pings.push(d as Record<string, unknown>));
    expect(pings[0]).toMatchObject({
      gppVersion: '1.1',
      cmpStatus: 'loading',
      signalStatus: 'not ready',
      cmpId: 1,
    });
    expect(early).toEqual([]);

    store.setConfig(config);
    expect(early).toEqual([2]);
    win.__gpp?.('ping', (d: unknown) => pings.push(d as Record<string, unknown>));
    expect(pings[1]).toMatchObject({
      cmpStatus: 'loaded',
      signalStatus: 'ready',
      supportedAPIs: ['7:usnat', '8:usca'],
      applicableSections: [7, 8],
    });
    expect(String(pings[1]?.gppString)).toMatch(/^DBAB/);
  });

  it('events: listenerRegistered, then sectionChange on a new choice; removeEventListener stops them', async () => {
    const { win, store } = setup();
    installGpp(win, store);
    store.setConfig(config);
    const events: { eventName: string; listenerId: number; data: unknown }[] = [];
    win.__gpp?.('addEventListener', ((d: unknown) =>
      events.push(d as (typeof events)[number])) as GppCallback);
    expect(events[0]).toMatchObject({ eventName: 'listenerRegistered', data: true });
    await store.apply({ saleSharing: 'opt-out' }, 'link');
    expect(events.filter((e) => e.eventName === 'sectionChange').map((e) => e.data)).toEqual([
      'usnat',
      'usca',
    ]);
    let removed: unknown;
    win.__gpp?.('removeEventListener', (d: unknown) => (removed = d), events[0]?.listenerId);
    expect(removed).toBe(true);
    const count = events.length;
    await store.apply({ saleSharing: 'opt-in' }, 'link');
    expect(events.length).toBe(count);
  });

  it('hasSection, getSection and getField reflect the state; a throwing callback stays contained', async () => {
    const { win, store } = setup();
    installGpp(win, store);
    store.setConfig(config);
    await store.apply({ saleSharing: 'opt-out' }, 'link');
    const out: unknown[] = [];
    win.__gpp?.('hasSection', (d: unknown) => out.push(d), 'usca');
    win.__gpp?.('hasSection', (d: unknown) => out.push(d), 'tcfeuv2');
    win.__gpp?.('getSection', (d: unknown) => out.push((d as Record<string, unknown>).SaleOptOut), 'usnat');
    win.__gpp?.('getField', (d: unknown) => out.push(d), 'usca.Gpc');
    expect(out).toEqual([true, false, 1, false]);
    expect(() =>
      win.__gpp?.('ping', () => {
        throw new Error('site bug');
      }),
    ).not.toThrow();
  });
});

describe('__uspapi', () => {
  it('answers getUSPData version 1 with the US Privacy string once ready', async () => {
    const { win, store } = setup();
    installUsp(win, store);
    const answers: unknown[] = [];
    (win.__uspapi as (c: string, v: number, cb: (d: unknown, ok: boolean) => void) => void)(
      'getUSPData',
      1,
      (d, ok) => answers.push([d, ok]),
    );
    expect(answers).toEqual([]);
    store.setConfig(config);
    await store.apply({ saleSharing: 'opt-out' }, 'link');
    (win.__uspapi as (c: string, v: number, cb: (d: unknown, ok: boolean) => void) => void)(
      'getUSPData',
      1,
      (d, ok) => answers.push([d, ok]),
    );
    expect(answers).toEqual([
      [{ version: 1, uspString: '1YNN' }, true],
      [{ version: 1, uspString: '1YYN' }, true],
    ]);
  });
});
