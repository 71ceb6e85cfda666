import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';
import { isAsciiLetter } from './chars.ts';
import type { NameToken } from './name-tokens.ts';
import { BRAND, COMMON, FIRST, NOT_NAME, ORG, PLACE, SURNAME } from './word-flags.ts';

const on = (t: NameToken, bits: number): boolean => (t.flags & bits) !== 0;
const NOT_PERSON_WORD = NOT_NAME | ORG | PLACE | BRAND;

/**
 * "HOLLOWAY, DWAYNE", "WHITMORE, CAROL A", "Thompson, Will": records and pharmacy systems write the surname
 * first, a comma, then the given name and perhaps an initial. One name when the first word is a surname (one
 * the lists know, or any unlisted word before a given name that is no word) and the second a given name, both
 * in the same case; a third name after another comma makes a list of surnames ("Smith, Jones, Brown") instead.
 */
export function surnameFirstNames(toks: readonly NameToken[], text: string, out: Finding[]): void {
  const found = out.length;
  const wholes: Finding[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const last = toks[i] as NameToken;
    const given = toks[i + 1] as NameToken;
    if (
      text.charCodeAt(last.end) !== 44 ||
      text.charCodeAt(last.end + 1) !== 32 ||
      given.start !== last.end + 2
    )
      continue;
    if (last.initial || given.initial || !(last.title || last.allCaps)) continue;
    // "Soy Luna, la asistente virtual": a lower-case particle after the comma is no given name.
    if (!given.title && !given.allCaps) continue;
    // "FUENTES, Marisela": a record that writes the surname in capitals may keep the given name's case; then the
    // surname must be one the lists know, and the given name no word.
    const capsSurname =
      last.allCaps && given.title && on(last, SURNAME) && !on(last, FIRST) && (given.flags & ~FIRST) === 0;
    if (last.allCaps !== given.allCaps && !capsSurname) continue;
    // "GRANT, BILL R", "ABERNATHY, WILL J": a middle initial closing the pair is the record's way of writing a name,
    // so a surname or a given name that is also a word still counts in it.
    const closed = initialAfter(toks, i + 1, text);
    if (on(last, COMMON) && !(closed && on(last, SURNAME))) continue;
    if (on(last, NOT_PERSON_WORD) || on(given, NOT_PERSON_WORD)) continue;
    if (!on(given, FIRST) && !capsSurname) continue;
    // A surname no list knows ("HOLMQUIST, ARNE") needs a given name that is no word too; "HOLLIS, DWAYNE M", a
    // surname also given as a first name, needs the middle initial that closes the record's way of writing it.
    if (
      !on(last, SURNAME) &&
      ((on(given, COMMON) && !(closed && last.flags === 0)) ||
        (last.flags !== 0 && !(on(last, FIRST) && closed)))
    )
      continue;
    // "Hartwell's virtual assistant": a possessive given name belongs to what follows.
    if (text.charCodeAt(given.end) === 39 || text.charCodeAt(given.end) === 0x2019) continue;
    const start = surnameStart(toks, i, text);
    // "Parker Suknović, Vladimír Jára": an unlisted word after another name word is a list of full names.
    if (start < last.start && !on(last, SURNAME) && text.charCodeAt(last.start - 1) === 32) continue;
    // "Hi Mr. Nwachukwu, Celeste at ...": a greeted surname, then who is speaking.
    if (ADDRESSED.test(text.slice(Math.max(0, start - 8), start))) continue;
    let k = i + 1;
    // "JOSE LUIS", "María Elena": a second given name in the same case.
    const more = toks[k + 1];
    if (
      more &&
      sameCase(more, given) &&
      joinedBySpace(text, toks[k] as NameToken, more) &&
      on(more, FIRST) &&
      !on(more, COMMON | NOT_PERSON_WORD)
    )
      k++;
    let end = (toks[k] as NameToken).end;
    const initial = initialRightAfter(toks, k, text);
    const withInitial = initial !== null;
    if (initial !== null) {
      end = initial.end;
      if (text.charCodeAt(end) === 46) end++;
    }
    if (isAsciiLetter(text.charCodeAt(end)) || listGoesOn(text, end) || nameGoesOn(text, end)) continue;
    const whole = finding(start, end, 'PERSON', 0.75, 'person/surname-first');
    out.push(whole);
    // A one-word surname no given-name list holds ("ALVAREZ, CONSUELO", "García-Márquez, Lucía"): "Tyler,
    // Mohammed" and "Pam Okafor, Marisol Vega" may be lists; "HENDERSON, LATOYA M", closed by a middle initial, is not.
    if (
      (!on(last, FIRST) || withInitial || wholeCell(text, start, end)) &&
      !text.slice(start, last.end).includes(' ') &&
      !capitalBefore(text, start)
    )
      wholes.push(whole);
  }
  if (wholes.length > 0) dropPartsOf(out, unstraddled(out.slice(0, found), wholes));
}

/** "Tri-State Propane, Gunnar": a capitalised word right before makes the surname the end of a firm's name. */
const capitalBefore = (text: string, start: number): boolean => {
  const c = text.charCodeAt(start - 2);
  return text.charCodeAt(start - 1) === 32 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122));
};

/**
 * The wholes no earlier finding runs across the start of: there the surname closes a name found before it
 * ("Pam Okafor, Marisol Vega"). One sweep over the earlier findings sorted by start, so many names stay linear.
 */
function unstraddled(before: readonly Finding[], wholes: readonly Finding[]): Finding[] {
  const sorted = before.slice().sort((x, y) => x.start - y.start);
  const kept: Finding[] = [];
  let k = 0;
  let reach = -1;
  for (const w of wholes) {
    while (k < sorted.length && (sorted[k] as Finding).start < w.start) {
      reach = Math.max(reach, (sorted[k] as Finding).end);
      k++;
    }
    if (reach <= w.start) kept.push(w);
  }
  return kept;
}

/**
 * "patient=ALVAREZ, CONSUELO", "| Pham, Linh |" under "Patient (Last, First)": a strong cue found the surname and
 * the given name apart; the whole name read here replaces them. "Pam Okafor, Marisol Vega" is a list: there the
 * surname closes a name found before it, and nothing is replaced.
 */
function dropPartsOf(out: Finding[], cells: readonly Finding[]): void {
  const inCell = (f: Finding): boolean => {
    let lo = 0;
    let hi = cells.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = cells[mid] as Finding;
      if (c.end <= f.start) lo = mid + 1;
      else if (c.start > f.start) hi = mid - 1;
      else return c !== f && f.end <= c.end;
    }
    return false;
  };
  let kept = 0;
  for (const f of out) if (!inCell(f)) out[kept++] = f;
  out.length = kept;
}

/** A title or a greeting right before the surname: "Mr. ", "Hi ", "Dear ". */
const ADDRESSED = /(?:^|[^A-Za-z])(?:mr|mrs|ms|dr|hi|hello|dear|thanks)\.? $/i;

/** What a quoted value opens after: a CSV's comma or line break, a log's "=" or a field's colon. */
const QUOTED_CELL_OPENS: ReadonlySet<number> = new Set([44, 10, 61, 58]);

/**
 * "| Brennan, Colleen |", `,"Greer, Lonnie",`, `lead_pax="OKONKWO, CHIDINMA"`: the pair fills a table's cell or a
 * field's quoted value, so it is one name, not two of a list.
 */
function wholeCell(text: string, start: number, end: number): boolean {
  let a = start - 1;
  while (text.charCodeAt(a) === 32) a--;
  let b = end;
  while (text.charCodeAt(b) === 32) b++;
  const before = text.charCodeAt(a);
  const after = text.charCodeAt(b);
  return (
    (before === 124 && after === 124) ||
    (before === 9 && (after === 9 || after === 10)) ||
    // "24-FNOL-0093602;NGUYEN, THUY;2024-03-16": a semicolon-parted export keeps the comma inside its cell.
    (before === 59 && (after === 59 || after === 10)) ||
    (before === 34 && after === 34 && QUOTED_CELL_OPENS.has(text.charCodeAt(a - 1)))
  );
}

/** The single capital one space after `toks[k]` ("DWAYNE M"), or null. */
function initialRightAfter(toks: readonly NameToken[], k: number, text: string): NameToken | null {
  const given = toks[k] as NameToken;
  const initial = toks[k + 1];
  return initial?.initial === true && initial.start === given.end + 1 && text.charCodeAt(given.end) === 32
    ? initial
    : null;
}

/** "DWAYNE M": a single capital one space after the given name, at the end of its field. */
function initialAfter(toks: readonly NameToken[], k: number, text: string): boolean {
  const initial = initialRightAfter(toks, k, text);
  if (initial === null) return false;
  const next = text.charCodeAt(initial.end) === 46 ? initial.end + 1 : initial.end;
  return !isAsciiLetter(text.charCodeAt(next));
}

const sameCase = (a: NameToken, b: NameToken): boolean => a.allCaps === b.allCaps && a.title === b.title;

/** Two tokens one space apart. */
const joinedBySpace = (text: string, a: NameToken, b: NameToken): boolean =>
  b.start === a.end + 1 && text.charCodeAt(a.end) === 32;

/**
 * Where a surname of two words starts: "RAMIREZ-ORTEGA", "Garza Treviño" (a hyphen, or a space between two
 * words in the same case that no list calls ordinary).
 */
function surnameStart(toks: readonly NameToken[], i: number, text: string): number {
  const last = toks[i] as NameToken;
  const before = toks[i - 1];
  if (!before || !sameCase(before, last) || before.initial || on(before, COMMON | NOT_PERSON_WORD))
    return last.start;
  const gap = text.charCodeAt(before.end);
  return last.start === before.end + 1 && (gap === 45 || gap === 32) ? before.start : last.start;
}

/**
 * "Demystdata, Reed Elsevier", "Juniper Knoll, Santa Fe", "Phường 7": a capitalised word or a number right after
 * the given name shows the comma parted something else (a list, a town), not a surname from its given name.
 */
function nameGoesOn(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  const c = text.charCodeAt(end + 1);
  if (c >= 48 && c <= 57) return true;
  const upper = c >= 65 && c <= 90;
  const d = text.charCodeAt(end + 2);
  return upper && !(d >= 65 && d <= 90) && d !== 32;
}

/** ", Brown", " and Davis", " & Kline": another capitalised word after the given name continues a list of names. */
function listGoesOn(text: string, end: number): boolean {
  const m = LIST_LINK.exec(text.slice(end, end + 7));
  if (m === null) return false;
  const c = text.charCodeAt(end + m[0].length);
  return c >= 65 && c <= 90;
}
const LIST_LINK = /^(?:, | and | & )/;
