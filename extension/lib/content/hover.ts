import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { HOVER_CARD_CSS, HoverCard } from '../../components/hover-card.tsx';
import { maskValue } from '../mask.ts';
import { OWN_UI_ATTRIBUTE } from '../scan/block.ts';
import type { Hit } from '../scan/hits.ts';
import type { PageScanner } from '../scan/page-scanner.ts';

const HIDE_DELAY_MS = 300;

/**
 * Highlights fire no events, so the pointer is hit-tested against the ranges' client rectangles. The card
 * is only in the page while shown, so the page's DOM is untouched otherwise.
 */
export function watchHover(ctx: ContentScriptContext, scanner: PageScanner): () => void {
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let shown: Hit | null = null;
  let hideTimer = 0;
  let frame = 0;

  const show = async (hit: Hit, rect: DOMRect): Promise<void> => {
    ui ??= await createShadowRootUi(ctx, {
      name: 'quietline-card',
      position: 'inline',
      anchor: 'body',
      css: HOVER_CARD_CSS,
      onMount: (container, _shadow, host) => {
        host.setAttribute(OWN_UI_ATTRIBUTE, '');
        host.style.cssText = 'position:fixed;z-index:2147483647;';
        container.addEventListener('pointerenter', () => clearTimeout(hideTimer));
        container.addEventListener('pointerleave', scheduleHide);
      },
      onRemove: () => {},
    });
    if (!ui.shadowHost.isConnected) ui.mount();
    ui.shadowHost.style.left = `${Math.round(rect.left)}px`;
    ui.shadowHost.style.top = `${Math.round(rect.bottom + 4)}px`;
    const masked = maskValue(hit.value);
    render(
      h(HoverCard, {
        key: hit.id,
        label: hit.label,
        score: hit.score,
        masked,
        recordId: hit.recordId,
        onCopy: () => navigator.clipboard.writeText(masked),
      }),
      ui.uiContainer,
    );
  };

  const hide = (): void => {
    shown = null;
    if (ui?.shadowHost.isConnected) {
      render(null, ui.uiContainer);
      ui.remove();
    }
  };

  const scheduleHide = (): void => {
    clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, HIDE_DELAY_MS);
  };

  const onMove = (event: PointerEvent): void => {
    const target = event.composedPath()[0];
    if (frame || !(target instanceof Node)) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (ui?.shadowHost.contains(target)) return;
      const hit = scanner.found.hitAt(target, event.clientX, event.clientY);
      if (!hit) {
        if (shown) scheduleHide();
        return;
      }
      clearTimeout(hideTimer);
      if (hit === shown) return;
      shown = hit;
      const rect = hit.range?.getBoundingClientRect();
      if (rect) void show(hit, rect);
    });
  };

  document.addEventListener('pointermove', onMove, { passive: true, capture: true });
  return () => {
    document.removeEventListener('pointermove', onMove, { capture: true });
    cancelAnimationFrame(frame);
    clearTimeout(hideTimer);
    hide();
  };
}
