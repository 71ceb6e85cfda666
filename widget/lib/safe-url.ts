/** Only http(s) and same-site relative URLs become links; `javascript:` and friends from a config never do. */
export function safeHref(value: string, base: string): string | undefined {
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
