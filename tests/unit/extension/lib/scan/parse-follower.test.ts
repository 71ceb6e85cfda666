// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../../extension/lib/scan/block.ts';
import { ParseFollower } from '../../../../../extension/lib/scan/parse-follower.ts';

const forever = (): number => Number.POSITIVE_INFINITY;
const ids = (blocks: Set<Block>): string[] =>
  [...blocks].map((b) => (b instanceof Element ? b.id : '#shadow'));

describe('ParseFollower', () => {
  it('visits what arrives after the last walk, and only that', () => {
    document.body.innerHTML = '<p id="a">Phone: <span>555</span></p>';
    const found = new Set<Block>();
    const follower = new ParseFollower(found, () => {});
    expect(follower.walk(forever)).toBe(true);
    expect(ids(found)).toEqual(['a']);
    found.clear();
    // The parser appends at the end of the document.
    document.body.insertAdjacentHTML(
      'beforeend',
      '<p id="b"><span>0123</span></p><script>var x = "555-0123"</script>',
    );
    follower.walk(forever);
    expect(ids(found)).toEqual(['b']);
    expect((follower.cursor as Text | null)?.data).toBe('var x = "555-0123"');
  });

  it('stops when out of time and carries on from there', () => {
    document.body.innerHTML = Array.from({ length: 3000 }, (_, i) => `<p id="p${i}">line ${i}</p>`).join('');
    const found = new Set<Block>();
    const follower = new ParseFollower(found, () => {});
    expect(follower.walk(() => 0)).toBe(false);
    const early = found.size;
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(3000);
    expect(follower.walk(forever)).toBe(true);
    expect(found.size).toBe(3000);
  });

  it('finds shadow roots attached after the walk passed their host', () => {
    document.body.innerHTML = '<contact-card id="c"></contact-card>';
    const found = new Set<Block>();
    const shadows: ShadowRoot[] = [];
    const follower = new ParseFollower(found, (s) => shadows.push(s));
    follower.walk(forever);
    expect(found.size).toBe(0);
    const shadow = document.getElementById('c')?.attachShadow({ mode: 'open' });
    if (shadow) shadow.innerHTML = '<p id="inner">212-555-0187</p>';
    follower.sweepHosts();
    expect(shadows).toEqual([shadow]);
    expect(ids(found)).toEqual(['inner']);
  });

  it('starts over when a script removed the node it stopped at', () => {
    document.body.innerHTML = '<div id="gone"><p id="x">old</p></div>';
    const found = new Set<Block>();
    const follower = new ParseFollower(found, () => {});
    follower.walk(forever);
    document.getElementById('gone')?.remove();
    document.body.insertAdjacentHTML('beforeend', '<p id="y">new</p>');
    found.clear();
    follower.walk(forever);
    expect(ids(found)).toEqual(['y']);
  });
});
