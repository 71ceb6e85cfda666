/** The dialog lives in the top layer; its host takes no space, so opening it never shifts the page. */
export const dialogCss = `
:host{all:initial!important;display:block!important;position:fixed!important;top:0!important;left:0!important;
width:0!important;height:0!important;overflow:visible!important}
dialog{box-sizing:border-box;width:min(544px,calc(100vw - 32px));max-height:calc(100vh - 32px);overflow:auto;
margin:auto;padding:24px;border:1px solid #c7c7c7;border-radius:12px;background:#fff;color:#1f1f1f;
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;box-shadow:0 12px 40px rgba(0,0,0,.25)}
dialog::backdrop{background:rgba(0,0,0,.45)}
*{box-sizing:border-box}
h2{margin:0 0 8px;font-size:20px;line-height:1.3}
p{margin:0 0 12px}
fieldset{margin:0 0 16px;padding:12px 14px;border:1px solid #c7c7c7;border-radius:8px}
legend{padding:0 4px;font-weight:600}
.honored{display:inline-block;margin:0 0 8px;padding:2px 8px;border-radius:4px;background:#e6f4ea;color:#14532d;font-weight:700}
.note{font-size:14px;color:#3c3c3c}
.actions{display:flex;flex-wrap:wrap;gap:12px;align-items:center;justify-content:space-between;margin-top:8px}
.pair{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:12px}
button{font:inherit;font-weight:600;line-height:1.35;min-height:44px;padding:10px 16px;border-radius:8px;
border:2px solid #0a4fb8;cursor:pointer;background:#fff;color:#0a4fb8;text-align:center}
.pair button{width:100%}
button:hover:not(:disabled):not([aria-pressed=true]){background:#eef3fc}
button[aria-pressed=true]{background:#0a4fb8;color:#fff}
button[aria-pressed=true]::before{content:"\u2713";content:"\u2713"/"";margin-right:6px}
button:disabled{border-color:#8a8a8a;color:#5f5f5f;background:#f3f3f3;cursor:not-allowed}
button.close{font-weight:400;min-height:0;padding:8px 16px;border-width:1px}
button:focus-visible,a:focus-visible{outline:3px solid #0a4fb8;outline-offset:2px}
a{color:#0a4fb8}
.status{min-height:1.5em;margin:12px 0 0;font-weight:600}
`;
