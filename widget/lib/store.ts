import type { CreateOptOut, OptOutDecision, OptOutScope, OptOutSource } from '../../shared/api/opt-outs.ts';
import type { SiteConfig } from '../../shared/api/sites.ts';
import { encodeGpp, type GppSections } from '../../shared/signals/gpp-string.ts';
import { gppSectionsFor, type PrivacyChoices, uspFor } from '../../shared/signals/privacy-sections.ts';
import { encodeUsp } from '../../shared/signals/usp.ts';
import { randomId } from './ids.ts';
import type { StoredState } from './stored-state.ts';

/** The visitor's state as the page and ad tech may read it (`Quietline.getState()`, `quietline:change`). */
export interface WidgetState {
  ready: boolean;
  saleSharingOptedOut: boolean;
  sensitiveLimited: boolean;
  gpc: boolean;
  /** §7025(c)(6): the GPC signal was processed as a valid opt-out. */
  gpcHonored: boolean;
  knownMinorAudience: boolean;
  usesSensitivePi: boolean;
  gppString: string | undefined;
  uspString: string;
  pendingSync: number;
  lastOptOutAt: string | undefined;
}

export interface Decisions {
  saleSharing?: OptOutDecision;
  sensitive?: OptOutDecision;
}

export interface StoreOptions {
  site: string;
  initial: StoredState;
  gpc: boolean;
  now: () => Date;
  save: (state: StoredState) => void;
  send: (item: CreateOptOut) => Promise<unknown>;
  pageUrl?: () => string;
}

export type Store = ReturnType<typeof createStore>;

export function createStore(options: StoreOptions) {
  let stored = options.initial;
  let config: SiteConfig | undefined;
  let pending = 0;
  const listeners = new Set<(state: WidgetState) => void>();

  const saleOptedOut = (): boolean => {
    if (options.gpc) return true;
    if (stored.saleSharing) return stored.saleSharing.decision === 'opt-out';
    // Civ. Code 1798.120(c): a known under-16 audience is opted out until it opts in.
    return config?.knownMinorAudience === true;
  };

  const choices = (): PrivacyChoices | undefined =>
    config && {
      saleSharingOptedOut: saleOptedOut(),
      sensitiveLimited: stored.sensitive?.decision === 'opt-out',
      gpc: options.gpc,
      usesSensitivePi: config.usesSensitivePi,
      knownMinorAudience: config.knownMinorAudience,
    };

  // Encoding the GPP string is the costliest read; every listener of one change shares one snapshot.
  let cached: WidgetState | undefined;
  const snapshot = (): WidgetState => {
    cached ??= compute();
    return cached;
  };
  const compute = (): WidgetState => {
    const c = choices();
    return {
      ready: config !== undefined,
      saleSharingOptedOut: saleOptedOut(),
      sensitiveLimited: stored.sensitive?.decision === 'opt-out',
      gpc: options.gpc,
      gpcHonored: options.gpc && stored.gpcRecordedAt !== undefined,
      knownMinorAudience: config?.knownMinorAudience ?? false,
      usesSensitivePi: config?.usesSensitivePi ?? false,
      gppString: c && encodeGpp(gppSectionsFor(c)),
      uspString: encodeUsp(uspFor({ saleSharingOptedOut: saleOptedOut() })),
      pendingSync: pending,
      lastOptOutAt: stored.lastOptOutAt,
    };
  };

  const emit = (): void => {
    cached = undefined;
    const state = snapshot();
    for (const listener of listeners) listener(state);
  };

  const record = (decision: OptOutDecision, scopes: OptOutScope[], source: OptOutSource): CreateOptOut => {
    const item: CreateOptOut = {
      siteKey: options.site,
      idempotencyKey: randomId(),
      browserId: stored.browserId,
      source,
      decision,
      scopes,
      gpc: options.gpc,
      occurredAt: options.now().toISOString(),
    };
    const gpp = snapshot().gppString;
    if (gpp) item.gppString = gpp;
    const pageUrl = options.pageUrl?.();
    if (pageUrl) item.pageUrl = pageUrl.slice(0, 2000);
    return item;
  };

  const commit = (next: StoredState, items: CreateOptOut[]): Promise<unknown[]> => {
    stored = next;
    options.save(stored);
    emit();
    return Promise.all(items.map((item) => options.send(item)));
  };

  return {
    snapshot,
    gppSections: (): GppSections | undefined => {
      const c = choices();
      return c && gppSectionsFor(c);
    },
    stored: (): StoredState => stored,
    config: (): SiteConfig | undefined => config,
    subscribe(listener: (state: WidgetState) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setConfig(next: SiteConfig): void {
      config = next;
      emit();
    },
    setPending(count: number): void {
      if (count === pending) return;
      pending = count;
      emit();
    },

    /** §7025(b): a GPC signal is an opt-out of sale/sharing for this browser, recorded once. */
    honorGpc(): Promise<unknown[]> {
      if (!options.gpc || stored.gpcRecordedAt) return Promise.resolve([]);
      const at = options.now().toISOString();
      const next: StoredState = {
        ...stored,
        saleSharing: { decision: 'opt-out', source: 'gpc', at },
        gpcRecordedAt: at,
        lastOptOutAt: at,
      };
      stored = next;
      cached = undefined;
      return commit(next, [record('opt-out', ['sale-sharing'], 'gpc')]);
    },

    /** Applies what the visitor chose; only real changes are stored and sent to the host. */
    apply(decisions: Decisions, source: OptOutSource): Promise<unknown[]> {
      const at = options.now().toISOString();
      const next: StoredState = { ...stored };
      const byDecision = new Map<OptOutDecision, OptOutScope[]>();
      const sale = decisions.saleSharing;
      // With GPC on, the signal stays honoured: allowing sale/sharing needs the signal turned off first.
      if (sale && !(options.gpc && sale === 'opt-in') && (sale === 'opt-out') !== saleOptedOut()) {
        next.saleSharing = { decision: sale, source, at };
        if (sale === 'opt-out') next.lastOptOutAt = at;
        byDecision.set(sale, ['sale-sharing']);
      }
      const sensitive = decisions.sensitive;
      if (sensitive && (sensitive === 'opt-out') !== (stored.sensitive?.decision === 'opt-out')) {
        next.sensitive = { decision: sensitive, source, at };
        byDecision.set(sensitive, [...(byDecision.get(sensitive) ?? []), 'sensitive-limit']);
      }
      if (byDecision.size === 0) return Promise.resolve([]);
      stored = next;
      cached = undefined;
      const items = [...byDecision].map(([decision, scopes]) => record(decision, scopes, source));
      return commit(next, items);
    },
  };
}
