import { buildView, type Replacement, type SpokenView } from '../spoken/view.ts';
import { isLineBreak, isSpace } from './chars.ts';

/**
 * A whitespace-free run of "key=value" pairs joined by "&": a form body or query string. Anchored and with
 * "&" outside every class, so each run is read once, whatever its length.
 */
const FORM_RUN = /^[^&=]+=[^&]*(?:&[^&=]+=[^&]*)+$/;
const ESCAPE_OR_PLUS = /%[0-9A-Fa-f]{2}|\+/;

const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isGap = (c: number): boolean => isSpace(c) || isLineBreak(c);

/**
 * "email=dvolkov81%40gmail.com&name=Nadia+Haddad": a form posted URL-encoded, its escapes and pluses decoded
 * so its values read as typed, or null when the text holds no such form. Decoding goes run by run of escapes,
 * so a value in several UTF-8 bytes ("%C3%A9") becomes its one character; a run that is no valid UTF-8 stays.
 */
export function urlDecodedView(text: string): SpokenView | null {
  if (!text.includes('=') || !text.includes('&') || !ESCAPE_OR_PLUS.test(text)) return null;
  const replacements: Replacement[] = [];
  const n = text.length;
  // The next "&" is looked up again only once the scan has passed it: a search from every word would read on to a
  // distant "&" again and again, and a long text with few would take time growing with its square.
  let amp = -1;
  for (let from = 0; from < n; ) {
    while (from < n && isGap(text.charCodeAt(from))) from++;
    let to = from;
    while (to < n && !isGap(text.charCodeAt(to))) to++;
    if (amp < from) amp = text.indexOf('&', from);
    if (amp < 0) break;
    // Only a run holding an "&" can be a form's; the others are passed over without a copy.
    if (amp < to && FORM_RUN.test(text.slice(from, to))) decodeRun(text, from, to, replacements);
    from = to;
  }
  return replacements.length === 0 ? null : buildView(text, replacements);
}

/** Adds the replacements that decode `text[from, to)`: each "+" a space, each run of escapes its characters. */
function decodeRun(text: string, from: number, to: number, out: Replacement[]): void {
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i);
    if (c === 43) {
      out.push({ start: i, end: i + 1, text: ' ' });
      i++;
      continue;
    }
    let end = i;
    while (
      end + 3 <= to &&
      text.charCodeAt(end) === 37 &&
      isHex(text.charCodeAt(end + 1)) &&
      isHex(text.charCodeAt(end + 2))
    )
      end += 3;
    if (end === i) {
      i++;
      continue;
    }
    const characters = decodedEscapes(text.slice(i, end));
    if (characters !== null) out.push({ start: i, end, text: characters });
    i = end;
  }
}

function decodedEscapes(escapes: string): string | null {
  try {
    return decodeURIComponent(escapes);
  } catch {
    return null;
  }
}
