// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { boundariesOf, buildTextView } from '../../../../../extension/lib/scan/text-view.ts';

function block(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.replaceChildren(div);
  return div;
}

describe('buildTextView', () => {
  it('joins adjacent inline text so a value split over spans reads as one', () => {
    const view = buildTextView(block('Phone: <span>555</span><span>0123</span>'));
    expect(view.text).toBe('Phone: 5550123');
    expect(view.nodes.map((n) => n.data)).toEqual(['Phone: ', '555', '0123']);
    expect(view.starts).toEqual([0, 7, 10]);
  });

  it('reads word-per-span turns as the sentence they are', () => {
    const view = buildTextView(block('<span>call</span> <span>me</span> <b>at</b> <i>555-0123</i>'));
    expect(view.text).toBe('call me at 555-0123');
  });

  it('keeps nested blocks, line breaks and scripts out of the run', () => {
    const view = buildTextView(block('before<br>after<p>own block</p>tail<script>var x = 1</script>'));
    expect(view.text).toBe('before\nafter\ntail');
  });
});

describe('boundariesOf', () => {
  it('maps a value across two spans back to the two text nodes', () => {
    const view = buildTextView(block('Phone: <span>555</span><span>0123</span>'));
    const bounds = boundariesOf(view, 7, 14);
    expect(bounds?.[0].node.data).toBe('555');
    expect(bounds?.[0].offset).toBe(0);
    expect(bounds?.[1].node.data).toBe('0123');
    expect(bounds?.[1].offset).toBe(4);
    const range = document.createRange();
    if (bounds) {
      range.setStart(bounds[0].node, bounds[0].offset);
      range.setEnd(bounds[1].node, bounds[1].offset);
    }
    expect(range.toString()).toBe('5550123');
  });

  it('maps a value inside one node to offsets within it', () => {
    const view = buildTextView(block('Email: jane@example.com today'));
    const bounds = boundariesOf(view, 7, 23);
    expect(bounds?.[0].offset).toBe(7);
    expect(bounds?.[1].offset).toBe(23);
  });

  it('moves a start that falls on a separator to the next node', () => {
    const view = buildTextView(block('a<br>555-0123'));
    expect(view.text).toBe('a\n555-0123');
    const bounds = boundariesOf(view, 1, 10);
    expect(bounds?.[0].node.data).toBe('555-0123');
    expect(bounds?.[0].offset).toBe(0);
  });

  it('returns nothing for empty spans or empty views', () => {
    const view = buildTextView(block('text'));
    expect(boundariesOf(view, 2, 2)).toBeNull();
    expect(boundariesOf(buildTextView(block('')), 0, 1)).toBeNull();
  });
});

describe('field labels as context', () => {
  it('reads a <dd> value after its <dt> label, and maps nothing into the label', () => {
    document.body.innerHTML = '<dl><dt>Date of birth</dt><dd id="v">03/14/1985</dd></dl>';
    const view = buildTextView(document.getElementById('v') as HTMLElement);
    expect(view.text).toBe('Date of birth: 03/14/1985');
    expect(view.contextLength).toBe(15);
    const bounds = boundariesOf(view, 15, 25);
    expect(bounds?.[0].node.data).toBe('03/14/1985');
    expect(bounds?.[0].offset).toBe(0);
    // A finding reaching into the label is cut back to the value; one inside the label is dropped.
    expect(boundariesOf(view, 5, 25)?.[0].offset).toBe(0);
    expect(boundariesOf(view, 0, 13)).toBeNull();
  });

  it('other blocks get no label', () => {
    expect(buildTextView(block('<span>94103</span>')).contextLength).toBe(0);
  });
});
