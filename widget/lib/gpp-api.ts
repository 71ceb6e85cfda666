import type { GppSections } from '../../shared/signals/gpp-string.ts';
import { USCA_ID, USCA_NAME } from '../../shared/signals/usca.ts';
import { USNAT_ID, USNAT_NAME } from '../../shared/signals/usnat.ts';
import { guard, reportError } from './report.ts';
import type { Store } from './store.ts';

/** IAB GPP CMP API v1.1 (Core/CMP API Specification.md): `__gpp(command, callback, parameter, version)`. */
export type GppCallback = (data: unknown, success: boolean) => void;
type GppFunction = ((
  command: string,
  callback?: GppCallback,
  parameter?: unknown,
  version?: string,
) => unknown) & {
  queue?: unknown[];
};
type DisplayStatus = 'hidden' | 'visible' | 'disabled';

// Without a registered CMP id, 1 is used for US sections (the MSPA has no registration).
const CMP_ID = 1;
const SECTIONS = [
  [USNAT_ID, USNAT_NAME],
  [USCA_ID, USCA_NAME],
] as const;

function sectionObject(sections: GppSections, name: string): Record<string, unknown> | null {
  const section = sections[name as keyof GppSections];
  if (!section) return null;
  const { Gpc, ...core } = section;
  return { ...core, GpcSegmentType: 1, GpcSegmentIncluded: true, Gpc: Gpc ?? false };
}

const safeCall = (callback: unknown, data: unknown, success: boolean): void => {
  if (typeof callback !== 'function') return;
  try {
    callback(data, success);
  } catch (error) {
    reportError('a __gpp callback threw', error);
  }
};

/** Installs `window.__gpp` synchronously; calls that need the section data wait until the site config is in. */
export function installGpp(win: Window & { __gpp?: GppFunction }, store: Store, withLocator = false) {
  const listeners = new Map<number, GppCallback>();
  const waiting: [string, GppCallback | undefined, unknown][] = [];
  let nextListenerId = 1;
  let display: DisplayStatus = 'hidden';
  let lastString: string | undefined;

  const ping = () => {
    const state = store.snapshot();
    const sections = store.gppSections();
    return {
      gppVersion: '1.1',
      cmpStatus: state.ready ? 'loaded' : 'loading',
      cmpDisplayStatus: display,
      signalStatus: state.ready ? 'ready' : 'not ready',
      supportedAPIs: SECTIONS.map(([id, name]) => `${id}:${name}`),
      cmpId: CMP_ID,
      sectionList: state.ready ? SECTIONS.map(([id]) => id) : [],
      applicableSections: state.ready ? SECTIONS.map(([id]) => id) : [-1],
      gppString: state.gppString ?? '',
      parsedSections: sections
        ? Object.fromEntries(SECTIONS.map(([, name]) => [name, sectionObject(sections, name)]))
        : {},
    };
  };

  const broadcast = (eventName: string, data: unknown): void => {
    const pingData = ping();
    for (const [listenerId, callback] of listeners)
      safeCall(callback, { eventName, listenerId, data, pingData }, true);
  };

  const run = (command: string, callback: GppCallback | undefined, parameter: unknown): void => {
    if (command === 'ping') {
      safeCall(callback, ping(), true);
    } else if (command === 'addEventListener') {
      const listenerId = nextListenerId++;
      if (typeof callback === 'function') listeners.set(listenerId, callback);
      safeCall(callback, { eventName: 'listenerRegistered', listenerId, data: true, pingData: ping() }, true);
    } else if (command === 'removeEventListener') {
      safeCall(callback, listeners.delete(Number(parameter)), true);
    } else {
      runWithSections(command, callback, String(parameter));
    }
  };

  const runWithSections = (command: string, callback: GppCallback | undefined, name: string): void => {
    const sections = store.gppSections();
    if (!sections) {
      waiting.push([command, callback, name]);
    } else if (command === 'hasSection') {
      safeCall(callback, sectionObject(sections, name) !== null, true);
    } else if (command === 'getSection') {
      safeCall(callback, sectionObject(sections, name), true);
    } else if (command === 'getField') {
      const [section = '', field = ''] = name.split('.');
      const object = sectionObject(sections, section);
      safeCall(callback, object && field in object ? object[field] : null, true);
    } else {
      safeCall(callback, null, false);
    }
  };

  const api: GppFunction = (command, callback, parameter) => {
    try {
      run(String(command), callback, parameter);
    } catch (error) {
      reportError('__gpp failed', error);
    }
    return undefined;
  };

  // CMP API spec: scripts in frames find the CMP through a frame named __gppLocator and postMessage.
  const onMessage = (event: MessageEvent): void => {
    const text = typeof event.data === 'string';
    let data: unknown = event.data;
    try {
      if (text) data = JSON.parse(event.data);
    } catch {
      return;
    }
    const call = (data as { __gppCall?: { command?: unknown; parameter?: unknown; callId?: unknown } } | null)
      ?.__gppCall;
    if (!call || !event.source) return;
    const source = event.source as Window;
    const reply: GppCallback = (returnValue, success) => {
      const message = { __gppReturn: { returnValue, success, callId: call.callId } };
      source.postMessage(text ? JSON.stringify(message) : message, '*');
    };
    api(String(call.command), reply, call.parameter);
  };
  win.addEventListener('message', guard(onMessage, undefined));
  const locator = (): void => {
    if (win.frames.length && (win.frames as unknown as Record<string, unknown>).__gppLocator) return;
    const frame = document.createElement('iframe');
    frame.name = '__gppLocator';
    frame.tabIndex = -1;
    frame.setAttribute('aria-hidden', 'true');
    // Inline !important beats even a page's `* { all: unset !important }`.
    frame.style.setProperty('display', 'none', 'important');
    document.body.append(frame);
  };
  // A new frame costs 5-7 ms of main thread (tests/bench/widget), so it is opt-in: `data-gpp-locator`
  // for sites whose ad tech runs in frames. Sites that paste the IAB stub already have one.
  if (withLocator) {
    const later = guard(
      () => (document.body ? locator() : document.addEventListener('DOMContentLoaded', locator)),
      undefined,
    );
    setTimeout(later, 0);
  }

  // A site may have pasted the IAB stub before our async script: replay what it queued.
  const earlier = win.__gpp?.queue;
  win.__gpp = api;
  if (Array.isArray(earlier)) {
    for (const args of earlier) {
      const [command, callback, parameter] = Array.from(args as ArrayLike<unknown>);
      api(String(command), callback as GppCallback, parameter);
    }
  }

  store.subscribe((state) => {
    if (!state.ready || state.gppString === lastString) return;
    const first = lastString === undefined;
    lastString = state.gppString;
    if (first) {
      broadcast('cmpStatus', 'loaded');
      broadcast('signalStatus', 'ready');
      for (const [command, callback, parameter] of waiting.splice(0)) run(command, callback, parameter);
    } else {
      for (const [, name] of SECTIONS) broadcast('sectionChange', name);
    }
  });

  return {
    setDisplayStatus(next: DisplayStatus): void {
      if (next === display) return;
      display = next;
      broadcast('cmpDisplayStatus', next);
    },
  };
}
