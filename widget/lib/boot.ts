import type { Locale, SiteConfig } from '../../shared/api/sites.ts';
import { dialogLocale } from './locale.ts';
import { linkCatalogs } from '../../shared/i18n/link-catalogs.ts';
import { gpcFromNavigator } from '../../shared/signals/gpc.ts';
import type { DialogModule } from './dialog-contract.ts';
import type { EmbedConfig } from './embed-config-schema.ts';
import { installGpp } from './gpp-api.ts';
import { hostApi } from './host-api.ts';
import { type DialogFocus, type LinkView, placementReady, renderLinks } from './link.ts';
import { defaultOutbox, type OutboxStore } from './outbox.ts';
import { loadCachedConfig, loadState, saveCachedConfig, saveState } from './persistence.ts';
import { CHANGE_EVENT, type QuietlineApi, VERSION } from './public-api.ts';
import { guard, reportError } from './report.ts';
import { createSender, type Delivery } from './sender.ts';
import { createStore } from './store.ts';
import { withOverrides } from './texts.ts';
import { mayAskToOptIn } from './twelve-months.ts';
import { installUsp } from './usp-api.ts';

export interface BootOptions {
  embed: EmbedConfig;
  nonce: string | undefined;
  loadDialog: () => Promise<DialogModule>;
  now?: () => Date;
  outbox?: OutboxStore;
  /** Adds the IAB `__gppLocator` frame, for ad tech running in frames. */
  gppLocator?: boolean;
  /** The loader's own script tag: lets the link go in before parsing ends (see placementReady). */
  script?: HTMLScriptElement | null;
}

const PENDING_KEY = 'quietline:pending';

function setPendingFlag(count: number): void {
  try {
    if (count > 0) localStorage.setItem(PENDING_KEY, '1');
    else localStorage.removeItem(PENDING_KEY);
  } catch {
    // Without storage the flush on the next page simply always runs.
  }
}

/** Wires storage, signals, IAB APIs, the link and the dialog; every page-facing entry is guarded. */
export function boot(options: BootOptions): QuietlineApi {
  const { embed, nonce } = options;
  const win = window;
  const now = options.now ?? (() => new Date());
  let store: ReturnType<typeof createStore> | undefined;
  let links: LinkView | undefined;
  let dialogOpen = false;
  // A click that came before the site config: the dialog opens as soon as the config is there.
  let pendingOpen: (() => void) | undefined;
  let noConfig = false;
  // The link goes in first, before storage, the network and the IAB APIs: until the site config is
  // known (cached: a microtask later, before any paint; fetched: first visit) it shows the embed's
  // link style (default "Your Privacy Choices") in the page's language, and a click waits for it.
  const render = (): void => {
    if (noConfig || !placementReady(document, options.script ?? null)) return;
    const config = store?.config();
    const first = !links;
    links ??= renderLinks(document, { nonce, onOpen: (focus, trigger) => void open(focus, trigger) });
    const locale = dialogLocale(
      embed.lang,
      config ?? { languages: Object.keys(linkCatalogs) as Locale[], defaultLanguage: 'en' },
    );
    links.update(withOverrides(linkCatalogs[locale], config, locale), {
      doNotSell: (config?.linkStyle ?? embed.linkStyle) === 'do-not-sell',
      showLimit: config?.usesSensitivePi === true,
      honored: store?.snapshot().gpcHonored === true,
    });
    // Paired with 'quietline:start' in main.ts; tests/bench/widget reads both.
    if (first) performance.mark('quietline:link');
  };
  guard(render, undefined)();

  const outbox = options.outbox ?? defaultOutbox();
  const host = hostApi(embed.host);
  // Started before storage reads, so the network round trip overlaps the rest of start-up.
  const freshConfig = host.config(embed.site);
  const gpc = gpcFromNavigator(navigator);
  const sender = createSender({
    outbox,
    post: host.postOptOut,
    onPendingChange: (count) => {
      setPendingFlag(count);
      store?.setPending(count);
    },
  });
  const liveStore = createStore({
    site: embed.site,
    initial: loadState(embed.site, now()),
    gpc,
    now,
    save: (state) => saveState(embed.site, state),
    // Storage or network trouble must never surface as an unhandled rejection in the page.
    send: (item) => sender.send(item).catch((): Delivery => 'retry'),
    pageUrl: () => location.origin + location.pathname,
  });
  store = liveStore;
  const gppApi = installGpp(win, liveStore, options.gppLocator === true);
  installUsp(win, liveStore);
  const lang = (config: SiteConfig) => dialogLocale(embed.lang, config);

  const open = guard(async (focus: DialogFocus, trigger: HTMLElement | undefined): Promise<void> => {
    const config = liveStore.config();
    if (!config) pendingOpen = () => void open(focus, trigger);
    if (!config || dialogOpen) return;
    dialogOpen = true;
    try {
      const module = await options.loadDialog();
      const locale = lang(config);
      gppApi.setDisplayStatus('visible');
      module.open({
        lang: locale,
        config,
        focus,
        nonce,
        now,
        getState: liveStore.snapshot,
        subscribe: liveStore.subscribe,
        save: async (decisions) => {
          const results = await liveStore.apply(decisions, 'link');
          return results.every((r) => r === 'sent') ? 'saved' : 'queued';
        },
        onClose: () => {
          dialogOpen = false;
          gppApi.setDisplayStatus('hidden');
          trigger?.focus();
        },
      });
    } catch (error) {
      dialogOpen = false;
      reportError('the privacy choices dialog could not be opened', error);
    }
  }, undefined);

  liveStore.subscribe(
    guard(() => {
      render();
      if (pendingOpen && liveStore.config()) {
        const run = pendingOpen;
        pendingOpen = undefined;
        run();
      }
      const state = liveStore.snapshot();
      if (state.ready) win.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: { ...state } }));
    }, undefined),
  );

  const applyConfig = (config: SiteConfig): void => {
    if (config.key !== embed.site) {
      reportError(`the host sent the config of "${config.key}"`);
      return;
    }
    liveStore.setConfig(config);
    void liveStore.honorGpc();
  };
  const cached = loadCachedConfig(embed.site);
  // After this function returns, so `window.Quietline` exists when the first quietline:change fires.
  if (cached) queueMicrotask(guard(() => applyConfig(cached), undefined));
  void freshConfig.then(
    guard((fresh: SiteConfig | undefined) => {
      if (!fresh) {
        // No config at all (host unreachable, or a page origin the site did not allow): a link that
        // could never open anything is taken out again.
        if (!liveStore.config()) {
          noConfig = true;
          links?.remove();
        }
        return;
      }
      saveCachedConfig(fresh);
      if (JSON.stringify(fresh) !== JSON.stringify(liveStore.config())) applyConfig(fresh);
    }, undefined),
  );
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', guard(render, undefined));

  // Opt-outs queued on an earlier page (host unreachable) are retried here and whenever the network returns.
  const flush = guard(() => sender.flush(), undefined);
  try {
    if (localStorage.getItem(PENDING_KEY)) setTimeout(flush, 0);
  } catch {
    setTimeout(flush, 0);
  }
  win.addEventListener('online', flush);

  return {
    version: VERSION,
    // Copies: the page must not be able to change our state through what it reads.
    getState: guard(() => ({ ...liveStore.snapshot() }), liveStore.snapshot()),
    openChoices: guard((): boolean => {
      const visitorStarted = navigator.userActivation?.isActive ?? false;
      if (!mayAskToOptIn(liveStore.snapshot().lastOptOutAt, now(), visitorStarted)) {
        reportError(
          'openChoices() refused: within 12 months of an opt-out the dialog opens only from a visitor action.',
        );
        return false;
      }
      void open('sale', undefined);
      return true;
    }, false),
  };
}
