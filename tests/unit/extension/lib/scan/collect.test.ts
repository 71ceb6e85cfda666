// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { type Block, blockOf, OWN_UI_ATTRIBUTE } from '../../../../../extension/lib/scan/block.ts';
import { collectBlocks } from '../../../../../extension/lib/scan/collect.ts';

function collect(root: Node): { blocks: Block[]; shadows: ShadowRoot[] } {
  const blocks = new Set<Block>();
  const shadows: ShadowRoot[] = [];
  collectBlocks(root, blocks, (s) => shadows.push(s));
  return { blocks: [...blocks], shadows };
}

describe('collectBlocks', () => {
  it('finds each block holding text once, through inline elements', () => {
    document.body.innerHTML =
      '<article id="a"><h2 id="h">Call with <span>Maria</span></h2><p id="p"><span>555</span><span>0123</span></p>   </article>';
    const ids = collect(document).blocks.map((b) => (b as Element).id);
    expect(ids).toEqual(['h', 'p']);
  });

  it('skips scripts, styles, form fields and the extension UI', () => {
    document.body.innerHTML = `<p id="p">x</p><script>var a = "555-0123"</script><textarea>555</textarea><div ${OWN_UI_ATTRIBUTE}><p>card</p></div>`;
    expect(collect(document).blocks.map((b) => (b as Element).id)).toEqual(['p']);
  });

  it('walks open shadow roots and reports them', () => {
    document.body.innerHTML = '<contact-card id="c"></contact-card>';
    const host = document.getElementById('c');
    const shadow = host?.attachShadow({ mode: 'open' });
    if (shadow) shadow.innerHTML = '<p id="inner">212-555-0187</p>';
    const { blocks, shadows } = collect(document);
    expect(shadows).toEqual([shadow]);
    expect(blocks.map((b) => (b as Element).id)).toEqual(['inner']);
  });

  it('an added inline node marks its enclosing block', () => {
    document.body.innerHTML = '<p id="p">Phone: </p>';
    const span = document.createElement('span');
    span.textContent = '555-0123';
    document.getElementById('p')?.append(span);
    expect(collect(span).blocks.map((b) => (b as Element).id)).toEqual(['p']);
    expect(blockOf(span.firstChild as Text)).toBe(document.getElementById('p'));
  });
});
