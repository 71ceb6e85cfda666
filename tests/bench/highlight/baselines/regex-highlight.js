// Baseline: the Highlight API with plain per-text-node regexes, run at document_idle.
(() => {
  const highlights = new Map(globalThis.BENCH_PATTERNS.map(([name]) => [name, new Highlight()]));
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script,style')) continue;
    const text = node.data;
    for (const [name, pattern] of globalThis.BENCH_PATTERNS) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const range = new Range();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        highlights.get(name).add(range);
      }
    }
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync([...highlights.keys()].map((n) => `::highlight(bench-${n}){background:#ff0}`).join('\n'));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  for (const [name, highlight] of highlights) CSS.highlights.set(`bench-${name}`, highlight);
  performance.mark('baseline:highlights-set');
})();
