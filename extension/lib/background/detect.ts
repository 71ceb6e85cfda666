import { browser } from 'wxt/browser';
import { detector } from '../../../shared/pii/detect.ts';
import { BackgroundRequest, type DetectResponse } from '../messages.ts';

/** Answers content scripts' detect requests; anything else that arrives is ignored. */
export function serveDetection(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = BackgroundRequest.safeParse(message);
    if (!request.success) return undefined;
    const detect = detector({ labels: request.data.labels });
    const response: DetectResponse = {
      type: 'detected',
      results: request.data.texts.map(detect),
    };
    return Promise.resolve(response);
  });
}
