import { guard, reportError } from './report.ts';
import type { Store } from './store.ts';

type UspCallback = (data: unknown, success: boolean) => void;

/** Legacy IAB US Privacy API: `__uspapi('getUSPData', 1, callback)`; answered once the site config is known. */
export function installUsp(win: Window & { __uspapi?: unknown }, store: Store): void {
  const waiting: UspCallback[] = [];
  const answer = (callback: UspCallback): void => {
    try {
      callback({ version: 1, uspString: store.snapshot().uspString }, true);
    } catch (error) {
      reportError('a __uspapi callback threw', error);
    }
  };
  win.__uspapi = guard((command: unknown, version: unknown, callback: unknown): void => {
    if (typeof callback !== 'function') return;
    const cb = callback as UspCallback;
    if (command !== 'getUSPData' || version !== 1) {
      try {
        cb(null, false);
      } catch (error) {
        reportError('a __uspapi callback threw', error);
      }
      return;
    }
    if (store.snapshot().ready) answer(cb);
    else waiting.push(cb);
  }, undefined);
  store.subscribe((state) => {
    if (state.ready) for (const cb of waiting.splice(0)) answer(cb);
  });
}
