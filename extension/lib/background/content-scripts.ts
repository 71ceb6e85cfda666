import { browser } from 'wxt/browser';
import { validateMatchPattern } from '../settings/match-pattern.ts';
import type { Settings } from '../settings/schema.ts';

export const OVERLAY_SCRIPT_ID = 'quietline-call-log';
export const OVERLAY_SCRIPT_FILE = 'content-scripts/call-log.js';

/** The agent's patterns whose origins the browser has actually granted. */
export async function grantedPatterns(settings: Settings): Promise<string[]> {
  const granted: string[] = [];
  for (const input of settings.patterns) {
    const result = validateMatchPattern(input);
    if (result.ok && (await browser.permissions.contains({ origins: [result.origin] }))) {
      granted.push(result.pattern);
    }
  }
  return granted;
}

/** Makes the registered overlay script match exactly the granted patterns (none: unregistered). */
export async function syncOverlayScript(settings: Settings): Promise<string[]> {
  const matches = await grantedPatterns(settings);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [OVERLAY_SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [OVERLAY_SCRIPT_ID] });
  if (matches.length === 0) return matches;
  await browser.scripting.registerContentScripts([
    {
      id: OVERLAY_SCRIPT_ID,
      js: [OVERLAY_SCRIPT_FILE],
      matches,
      runAt: 'document_start',
      allFrames: false,
      persistAcrossSessions: true,
    },
  ]);
  return matches;
}
