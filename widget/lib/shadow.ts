/**
 * An open shadow root with our styles. Constructable stylesheets are CSSOM, so a strict
 * style-src without 'unsafe-inline' does not block them; the <style nonce> path is for old browsers.
 */
export function styledShadow(host: HTMLElement, css: string, nonce: string | undefined): ShadowRoot {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    if (nonce) style.nonce = nonce;
    style.textContent = css;
    root.append(style);
  }
  return root;
}
