const SVG = 'http://www.w3.org/2000/svg';

function node(name: string, attributes: Record<string, string>): SVGElement {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
}

/**
 * The opt-out icon (§7015): a toggle, white half with a check, blue half with a cross.
 * Decorative: the link text carries the accessible name, and the icon never replaces the link.
 */
export function optOutIcon(): SVGElement {
  const blue = '#0a5bd3';
  const svg = node('svg', {
    viewBox: '0 0 30 14',
    width: '30',
    height: '14',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  svg.append(
    node('rect', {
      x: '0.75',
      y: '0.75',
      width: '28.5',
      height: '12.5',
      rx: '6.25',
      fill: '#fff',
      stroke: blue,
      'stroke-width': '1.5',
    }),
    node('path', { d: 'M16.5 0.75H22.75a6.25 6.25 0 0 1 0 12.5H12.5Z', fill: blue }),
    node('path', {
      d: 'M5 7.2l2.4 2.4 4-5',
      fill: 'none',
      stroke: blue,
      'stroke-width': '1.7',
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    }),
    node('path', {
      d: 'M19.2 4.6l4.6 4.8M23.8 4.6l-4.6 4.8',
      fill: 'none',
      stroke: '#fff',
      'stroke-width': '1.7',
      'stroke-linecap': 'round',
    }),
  );
  return svg;
}
