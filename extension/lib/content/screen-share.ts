import type { HighlightSet } from '../highlight/registry.ts';
import type { PageScanner } from '../scan/page-scanner.ts';

/** Screen-share mode: values are painted over; a click on one reveals just that value. */
export function watchRevealClicks(scanner: PageScanner, highlights: HighlightSet): () => void {
  const onClick = (event: MouseEvent): void => {
    if (!highlights.masking) return;
    const target = event.composedPath()[0];
    if (!(target instanceof Node)) return;
    const hit = scanner.found.hitAt(target, event.clientX, event.clientY);
    if (!hit?.range) return;
    hit.revealed = true;
    highlights.reveal(hit.range);
  };
  document.addEventListener('click', onClick, { capture: true });
  return () => document.removeEventListener('click', onClick, { capture: true });
}
