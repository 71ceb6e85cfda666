import type { CountryCode } from 'libphonenumber-js';
import { denyFindings, isAllowed } from './allow-deny.ts';
import { DEFAULT_MIN_SCORE, DetectOptions, type Finding, type PiiLabel } from './finding.ts';
import { collectValues, hasLetteredCodes, type Mention, readBacks, repeatsDigits } from './read-back.ts';
import { RECOGNIZERS, SPOKEN_LABELS } from './registry.ts';
import { resolveOverlaps } from './resolve.ts';
import { type ScanInput, scanInput } from './scan-input.ts';
import { spokenView } from './spoken/normalise.ts';
import { originalEnd, originalStart, type SpokenView } from './spoken/view.ts';
import { aamvaFields } from './text/aamva-fields.ts';
import { withAsciiDigits } from './text/ascii-digits.ts';
import { correctedValues } from './text/corrections.ts';
import { ocrDigitView } from './text/ocr-digits.ts';
import { urlDecodedView } from './text/url-encoded-forms.ts';

export type { DetectOptions, Finding, PiiLabel };

/** Options checked and resolved once, for every text scanned with them. */
interface Settings {
  readonly wanted: ReadonlySet<PiiLabel> | null;
  readonly region: CountryCode;
  readonly minScore: number;
  readonly allow: readonly string[] | undefined;
  readonly deny: DetectOptions['deny'];
}

function settingsOf(options: DetectOptions | undefined): Settings {
  const opts = options === undefined ? {} : DetectOptions.parse(options);
  return {
    wanted: opts.labels ? new Set(opts.labels) : null,
    region: (opts.defaultRegion ?? 'US') as CountryCode,
    minScore: opts.minScore ?? DEFAULT_MIN_SCORE,
    allow: opts.allow,
    deny: opts.deny,
  };
}

const DEFAULTS = settingsOf(undefined);

/**
 * Finds personal information in `text`, typed or spoken ("five five five ..."), and returns
 * findings with UTF-16 offsets (end exclusive), sorted by start and never overlapping.
 * Pure, synchronous and deterministic; runs in time linear in the text length.
 *
 * @throws ZodError only when `options` are malformed; never because of the text.
 */
export function detect(text: string, options?: DetectOptions): Finding[] {
  return scan(text, options === undefined ? DEFAULTS : settingsOf(options));
}

/**
 * `detect` with its options checked once: for callers scanning many short texts with the same options
 * (every text node of a page), where checking them again for each text would cost more than a scan.
 * The options are read when the detector is made; changing them afterwards changes nothing.
 *
 * @throws ZodError when `options` are malformed.
 */
export function detector(options?: DetectOptions): (text: string) => Finding[] {
  const settings = settingsOf(options);
  return (text) => scan(text, settings);
}

function scan(original: string, { wanted, region, minScore, allow, deny }: Settings): Finding[] {
  // Plain-JavaScript callers may hand over a missing DOM value; there is nothing to find in it.
  if (typeof original !== 'string' || original.length === 0) return [];
  // "٦١٢ ٥٥٥ ٠١٣٨": other scripts' digits are read as ASCII ones, at the same offsets.
  const text = withAsciiDigits(original);
  const input = scanInput(text, region, false);
  const found: Finding[] = [];
  for (const r of RECOGNIZERS) {
    if ((wanted && !wanted.has(r.label)) || (r.needsDigit && !input.hasDigit)) continue;
    for (const f of r.find(input)) found.push(f);
  }
  for (const f of correctedValues(input, found)) found.push(f);
  for (const f of aamvaFields(text, wanted)) found.push(f);
  const values = new Map<string, Mention>();
  let valuesRead = false;
  const typedRepeats = repeatsDigits(input);
  const view = spokenView(text, input.lower);
  if (view) {
    const spoken = scanInput(view.text, region, true);
    const spokenFound: Finding[] = [];
    for (const r of RECOGNIZERS) {
      if (!SPOKEN_LABELS.has(r.label) || (wanted && !wanted.has(r.label))) continue;
      if (r.needsDigit && !spoken.hasDigit) continue;
      for (const f of r.find(spoken)) spokenFound.push(f);
    }
    for (const f of correctedValues(spoken, spokenFound)) spokenFound.push(f);
    const rewritten: Finding[] = [];
    const mapped: Finding[] = [];
    for (const f of spokenFound) {
      const m = inOriginal(view, text, f);
      if (m === null) continue;
      rewritten.push(f);
      mapped.push(m);
    }
    // Read-backs need a value's digits twice: in one view, or a lettered code's typed and spoken again,
    // in either order ("P as in papa, four four ..." then "P4481207B").
    if (repeatsDigits(spoken) || hasLetteredCodes(found) || hasLetteredCodes(rewritten)) {
      collectValues(text, found, minScore, found, values);
      collectValues(view.text, rewritten, minScore, mapped, values);
      valuesRead = true;
      for (const f of readBacks(spoken, wantedValues(values, wanted), spokenFound, minScore)) {
        const m = inOriginal(view, text, f);
        if (m !== null) mapped.push(m);
      }
    }
    for (const m of mapped) found.push(m);
  }
  for (const f of ocrFindings(text, region, wanted)) found.push(f);
  for (const f of urlFormFindings(text, region, wanted)) found.push(f);
  if (typedRepeats || valuesRead || hasLetteredCodes(found)) {
    if (!valuesRead) collectValues(text, found, minScore, found, values);
    for (const f of readBacks(input, wantedValues(values, wanted), found, minScore)) found.push(f);
  }
  if (deny) for (const f of denyFindings(input, deny, wanted)) found.push(f);
  const kept = found.filter(
    (f) => f.score >= minScore && f.end > f.start && !(allow && isAllowed(text, f, allow)),
  );
  if (kept.length <= 1) return kept;
  return resolveOverlaps(dropNamesInsideAddresses(kept), text.length);
}

/** A digit beside a letter that looks like one: the only texts the OCR view can change. */
const LOOK_ALIKE_BESIDE_DIGIT = /\d[OolI]|[OolI]\d/;

/**
 * Numbers in text from a fax or a scan ("614-555-O172"), found in the OCR view where look-alike letters are
 * digits again; only findings over a letter the view changed are new. Same length, so offsets carry over.
 */
function ocrFindings(text: string, region: CountryCode, wanted: ReadonlySet<PiiLabel> | null): Finding[] {
  if (!LOOK_ALIKE_BESIDE_DIGIT.test(text)) return [];
  const view = ocrDigitView(text);
  if (view === null) return [];
  const out: Finding[] = [];
  // Only the lines holding a changed letter, each with the line before for its cue, are read again: a long
  // text with one look-alike pays for two lines, not for a second reading of the whole.
  for (const [from, to] of changedLines(text, view)) {
    const input = scanInput(view.slice(from, to), region, false);
    for (const r of RECOGNIZERS) {
      if (!r.needsDigit || (wanted && !wanted.has(r.label))) continue;
      for (const f of r.find(input)) {
        const start = f.start + from;
        const end = f.end + from;
        if (changedWithin(text, view, start, end)) out.push({ ...f, start, end, source: `${f.source}/ocr` });
      }
    }
  }
  return out;
}

/**
 * Values in a form posted URL-encoded ("email=ana%40mail.com&name=Ana+Ruiz"), found in its decoded view; only
 * findings over text the decoding changed are new, the rest were found as typed.
 */
function urlFormFindings(text: string, region: CountryCode, wanted: ReadonlySet<PiiLabel> | null): Finding[] {
  const view = urlDecodedView(text);
  if (view === null) return [];
  const input = scanInput(view.text, region, false);
  const out: Finding[] = [];
  for (const r of RECOGNIZERS) {
    if ((wanted && !wanted.has(r.label)) || (r.needsDigit && !input.hasDigit)) continue;
    for (const f of r.find(input)) {
      const start = originalStart(view, f.start);
      const end = originalEnd(view, f.end - 1);
      if (end > start && view.text.slice(f.start, f.end) !== text.slice(start, end))
        out.push({ ...f, start, end, source: `${f.source}/url` });
    }
  }
  return out;
}

/** The spans [from, to) of the lines where `view` differs from `text`, each from the line before it, merged. */
function changedLines(text: string, view: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === view.charCodeAt(i)) continue;
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    const from = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : 0;
    let to = text.indexOf('\n', i);
    if (to < 0) to = text.length;
    const last = spans[spans.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else spans.push([from, to]);
    i = to;
  }
  return spans;
}

function changedWithin(text: string, view: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) !== view.charCodeAt(i)) return true;
  return false;
}

/**
 * A spoken-view finding in the original text's offsets, or null when the rewrite left its text as typed:
 * only values that the rewrite changed are new, the rest were already found in the typed text.
 */
function inOriginal(view: SpokenView, text: string, f: Finding): Finding | null {
  const start = originalStart(view, f.start);
  const end = originalEnd(view, f.end - 1);
  // A birth date read back as typed ("April ninth, eighty-six" then "04/09/1986") is new though its text is not:
  // the typed reading had no spoken birth date to match it with.
  if (end <= start) return null;
  if (view.text.slice(f.start, f.end) === text.slice(start, end) && f.source !== 'dob/read-back') return null;
  return { ...f, start, end, source: `${f.source}/spoken` };
}

/** The values whose label the caller asked for. */
function wantedValues(
  values: Map<string, Mention>,
  wanted: ReadonlySet<PiiLabel> | null,
): Map<string, Mention> {
  if (wanted === null) return values;
  for (const [digits, mention] of values) if (!wanted.has(mention.label)) values.delete(digits);
  return values;
}

/** Street names are often people's names ("Victor Hugo u. 49"): inside an address they are the address. */
function dropNamesInsideAddresses(findings: readonly Finding[]): Finding[] {
  const addresses = findings.filter((f) => f.label === 'ADDRESS').sort((a, b) => a.start - b.start);
  if (addresses.length === 0) return [...findings];
  const names = findings.filter((f) => f.label === 'PERSON').sort((a, b) => a.start - b.start);
  const drop = new Set<Finding>();
  let k = 0;
  let reach = -1;
  let reachIndex = -1;
  for (const n of names) {
    while (k < addresses.length && (addresses[k] as Finding).start <= n.start) {
      const a = addresses[k] as Finding;
      if (a.end > reach) {
        reach = a.end;
        reachIndex = k;
      }
      k++;
    }
    if (reachIndex >= 0 && n.end <= reach && n.start < reach) drop.add(n);
  }
  return findings.filter((f) => !drop.has(f));
}

/** @internal Exposed for the bench and tests that time one view at a time. */
export type { ScanInput };
