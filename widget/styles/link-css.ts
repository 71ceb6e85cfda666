/**
 * `all: initial !important` on :host: for !important rules the shadow context beats the page's,
 * so even `* { all: unset !important }` and huge inherited fonts cannot reach the link.
 */
export const linkCss = `
:host{all:initial!important;display:inline-block!important;visibility:visible!important;opacity:1!important;
position:static!important;margin:4px 0!important;padding:2px 6px!important;background:#fff!important;
border-radius:4px!important;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif!important;
color:#1f1f1f!important;text-align:start!important;direction:inherit}
:host([hidden]){display:none!important}
.row{display:inline-flex;flex-wrap:wrap;align-items:center;gap:4px 16px}
a,.text{display:inline-flex;align-items:center;gap:6px;color:#0a4fb8;text-decoration:underline;cursor:pointer;font:inherit}
a:focus-visible{outline:2px solid #0a4fb8;outline-offset:2px;border-radius:2px}
svg{flex:none;width:30px;height:14px}
.status{color:#1b5e20;font-weight:600}
`;
