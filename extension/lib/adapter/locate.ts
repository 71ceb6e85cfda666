import type { RecordsAdapter } from './schema.ts';

export type RecordRef = { id: string; kind: string | null };

/** The root element of the record a node belongs to, if the page marks one around it. */
export function recordRootOf(node: Node, adapter: RecordsAdapter): Element | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest(adapter.recordSelector) ?? null;
}

/** The record a node belongs to, if the page marks one around it. */
export function recordOf(node: Node, adapter: RecordsAdapter): RecordRef | null {
  const root = recordRootOf(node, adapter);
  const id = root?.getAttribute(adapter.idAttribute);
  if (!root || !id) return null;
  return { id, kind: adapter.kindAttribute ? root.getAttribute(adapter.kindAttribute) : null };
}

/** Whether a node sits inside an element the adapter says never to scan. */
export function isIgnored(node: Node, adapter: RecordsAdapter): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  if (!element || !adapter.ignoreSelectors?.length) return false;
  return adapter.ignoreSelectors.some((selector) => element.closest(selector) !== null);
}
