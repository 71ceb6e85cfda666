import { browser } from 'wxt/browser';
import { detector } from '../../shared/pii/detect.ts';
import type { Finding } from '../../shared/pii/finding.ts';
import type { PiiLabel } from './labels.ts';
import { type BackgroundRequest, DetectResponse } from './messages.ts';

/** Runs the engine over a batch of texts; one findings list per text, in order. */
export type Detector = (texts: readonly string[]) => Promise<Finding[][]>;

/**
 * The shared engine runs in the background, on another thread than the page: the page keeps its
 * frames while a long call log is scanned.
 */
export function backgroundDetector(labels: readonly PiiLabel[]): Detector {
  return async (texts) => {
    const request: BackgroundRequest = { type: 'detect', labels: [...labels], texts: [...texts] };
    const parsed = DetectResponse.safeParse(await browser.runtime.sendMessage(request));
    if (!parsed.success || parsed.data.results.length !== texts.length) {
      throw new Error('The background sent back findings that do not match the request.');
    }
    return parsed.data.results;
  };
}

export type SyncDetector = (texts: readonly string[]) => Finding[][];

/**
 * The engine on the page's own thread, for the first screens only: while a long page loads, replies from
 * the background wait for the parser to pause, but this runs in the same turn as the text arrives.
 */
export function inPageDetector(labels: readonly PiiLabel[]): SyncDetector {
  const detect = detector({ labels: [...labels] });
  return (texts) => texts.map(detect);
}
