import { browser } from 'wxt/browser';
import { maskValue } from '../mask.ts';
import { ContentRequest, type ContentResponse, type FindingSummary } from '../messages.ts';
import type { PageScanner } from '../scan/page-scanner.ts';

/** Enough for a keyboard list; counts always cover every finding. */
const LIST_LIMIT = 500;

function respond(scanner: PageScanner, active: boolean, request: ContentRequest): ContentResponse {
  if (request.type === 'findings/reveal') {
    const found = scanner.found.hit(request.id);
    found?.element.scrollIntoView({ block: 'center' });
    return { type: 'revealed', found: found !== null };
  }
  const limit = request.limit ?? LIST_LIMIT;
  const counts: Record<string, number> = {};
  const findings: FindingSummary[] = [];
  for (const hit of scanner.found.hits()) {
    counts[hit.label] = (counts[hit.label] ?? 0) + 1;
    if (findings.length < limit) {
      findings.push({
        id: hit.id,
        label: hit.label,
        score: hit.score,
        masked: maskValue(hit.value),
        recordId: hit.recordId,
      });
    }
  }
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return { type: 'findings', active, counts, findings, truncated: total > findings.length };
}

/** Answers the popup; anything that does not parse as a known request is ignored. */
export function answerMessages(scanner: PageScanner, isActive: () => boolean): () => void {
  const listener = (message: unknown): Promise<ContentResponse> | undefined => {
    const request = ContentRequest.safeParse(message);
    if (!request.success) return undefined;
    return Promise.resolve(respond(scanner, isActive(), request.data));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
