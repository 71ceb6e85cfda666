// Baseline: <mark> wrapping with mark.js, run at document_idle; one combined expression, one pass.
(() => {
  const combined = new RegExp(globalThis.BENCH_PATTERNS.map(([, p]) => `(?:${p.source})`).join('|'), 'g');
  new globalThis.Mark(document.body).markRegExp(combined, {
    exclude: ['script', 'style'],
    done: () => performance.mark('baseline:marks-set'),
  });
})();
