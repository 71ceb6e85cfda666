import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { REFERENCE_HOST_ADAPTER } from '../adapter/reference-host.ts';
import { backgroundDetector, inPageDetector } from '../engine.ts';
import { HighlightSet } from '../highlight/registry.ts';
import { adoptHighlightStyles, createHighlightSheet, DOCUMENT_HIGHLIGHT_SCOPE } from '../highlight/styles.ts';
import { LABELS } from '../labels.ts';
import { PageScanner } from '../scan/page-scanner.ts';
import type { Settings } from '../settings/schema.ts';
import { loadSettings, watchSettings } from '../settings/store.ts';
import { watchHover } from './hover.ts';
import { answerMessages } from './messages.ts';
import { watchRevealClicks } from './screen-share.ts';

/**
 * Runs on overlay pages from document_start: watching begins before any text exists, scanning as soon
 * as settings are read, and everything is undone when the agent turns the site off or the extension goes.
 */
export function startOverlay(ctx: ContentScriptContext): void {
  // Shadow roots get rules of their own: their small trees make the universal form cheap there.
  const shadowSheet = createHighlightSheet();
  const undoStyles: Array<() => void> = [
    adoptHighlightStyles(document, createHighlightSheet(DOCUMENT_HIGHLIGHT_SCOPE)),
  ];
  const highlights = new HighlightSet();
  const scanner = new PageScanner({
    adapter: REFERENCE_HOST_ADAPTER,
    highlights,
    onShadowRoot: (shadow) => undoStyles.push(adoptHighlightStyles(shadow, shadowSheet)),
  });
  // Highlights stay unregistered (invisible) until settings confirm the site is on.
  let active = false;
  let scanning = true;
  let labelsKey = LABELS.join(',');
  const stopHover = watchHover(ctx, scanner);
  const stopReveal = watchRevealClicks(scanner, highlights);
  const stopMessages = answerMessages(scanner, () => active);

  const apply = (settings: Settings): void => {
    const wanted = !settings.disabledOrigins.includes(location.origin);
    const key = settings.labels.join(',');
    if (!wanted) {
      scanner.stop();
      highlights.uninstall();
      active = scanning = false;
      return;
    }
    if (!scanning || key !== labelsKey) {
      scanner.observe();
      scanner.enable(backgroundDetector(settings.labels), inPageDetector(settings.labels));
    }
    highlights.setMasking(settings.masking === 'screen-share', scanner.maskableRanges());
    highlights.install();
    active = scanning = true;
    labelsKey = key;
  };

  // Scanning starts before settings are read: waiting for storage while a long page loads costs
  // the parser's rare pauses, and the first screen would be highlighted late.
  scanner.observe();
  scanner.enable(backgroundDetector(LABELS), inPageDetector(LABELS));
  const stopWatching = watchSettings(apply);
  void loadSettings().then(apply);

  ctx.onInvalidated(() => {
    stopWatching();
    stopMessages();
    stopHover();
    stopReveal();
    scanner.stop();
    highlights.uninstall();
    for (const undo of undoStyles) undo();
  });
}
