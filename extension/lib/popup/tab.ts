import { browser } from 'wxt/browser';
import {
  type ContentRequest,
  ContentResponse,
  type FindingsResponse,
  type RevealResponse,
} from '../messages.ts';

export type TabInfo = { id: number; origin: string | null };

/** The tab the popup is about: the active one, or one named in `?tab=` when the popup is opened as a page. */
export async function targetTab(search: string = location.search): Promise<TabInfo | null> {
  const named = Number(new URLSearchParams(search).get('tab'));
  const tab =
    Number.isInteger(named) && named > 0
      ? await browser.tabs.get(named)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  let origin: string | null = null;
  try {
    origin = tab.url ? new URL(tab.url).origin : null;
  } catch {
    origin = null;
  }
  return { id: tab.id, origin };
}

async function ask(tabId: number, request: ContentRequest): Promise<ContentResponse | null> {
  try {
    const parsed = ContentResponse.safeParse(await browser.tabs.sendMessage(tabId, request));
    return parsed.success ? parsed.data : null;
  } catch {
    // No overlay script in that tab.
    return null;
  }
}

export async function listFindings(tabId: number): Promise<FindingsResponse | null> {
  const response = await ask(tabId, { type: 'findings/list' });
  return response?.type === 'findings' ? response : null;
}

export async function revealFinding(tabId: number, id: number): Promise<RevealResponse | null> {
  const response = await ask(tabId, { type: 'findings/reveal', id });
  return response?.type === 'revealed' ? response : null;
}
