/**
 * An initial and a surname signing a note: in brackets before the note's colon ("(T. Greenberg):"), before a role in
 * brackets ("K. Abernathy (adj)") or a credential ("K. Forsberg RN"), or after a dash that ends the note ("-- T. Vogel",
 * "- M. Oyelaran, Tier 2").
 */

export function signsNote(text: string, opening: number, end: number): boolean {
  return (
    (text.charCodeAt(opening - 1) === 40 && BRACKET_CLOSES_NOTE.test(text.slice(end, end + 3))) ||
    ROLE_IN_BRACKETS_AFTER.test(text.slice(end, end + 14)) ||
    CREDENTIAL_AFTER.test(text.slice(end, end + 9)) ||
    signsOff(text, opening, end)
  );
}

/** "K. Abernathy (adj)", "T. Vogel (RN)": a role in brackets after the initial and the word signs a note. */
const ROLE_IN_BRACKETS_AFTER =
  /^ \((?:adj|adjuster|rn|lpn|np|pa|md|tech|agent|csr|rep|sup|supv|mgr|dispatch|driver|interp)\)/i;

/** "K. Forsberg RN", "D. Oyelaran, LPN": a clinician's credential, in capitals, after the initial and the word. */
const CREDENTIAL_AFTER = /^,? (?:RN|LPN|LVN|NP|PA-C|MD|DO|CNA|CMA|LCSW|PharmD|RPh|DDS)(?![A-Za-z])/;

/** Whether the words end their line after a dash that sets them apart: "-- T. Vogel", "— K. Brungardt". */
function signsOff(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end);
  // "-- C. Marchetti, Business Office": the writer's department may follow, after a comma, to the line's end.
  if (
    !(Number.isNaN(after) || after === 10 || after === 13 || DEPARTMENT_AFTER.test(text.slice(end, end + 40)))
  )
    return false;
  return SIGN_OFF_DASH.test(text.slice(Math.max(0, start - 4), start));
}
const DEPARTMENT_AFTER = /^, \p{Lu}[\p{L}\d &-]{1,36}(?:\n|$)/u;
/** A bracket closing a note's author: before its colon, a dash, a cell's bar or the end of the line ("(T. Greenberg):"). */
const BRACKET_CLOSES_NOTE = /^\)(?::|$|\n| ?[-\u2013\u2014|])/;
const SIGN_OFF_DASH = /(?:--|[\u2013\u2014]|(?:^|\n)-) ?$/;
