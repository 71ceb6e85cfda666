/** W3C GPC: the DOM attribute is `navigator.globalPrivacyControl`; only `true` is a signal (§7025). */
export function gpcFromNavigator(nav: unknown): boolean {
  if (typeof nav !== 'object' || nav === null) return false;
  try {
    return (nav as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
  } catch {
    // A hostile getter must not break the caller.
    return false;
  }
}

/** W3C GPC: `Sec-GPC-field-value = "1"`; anything else (absent, "0", junk) is no signal. */
export function gpcFromHeader(value: string | null | undefined): boolean {
  return value?.trim() === '1';
}
