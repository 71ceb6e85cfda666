/**
 * Where a capitalised run names a business however much it reads like a person: the name a phone is
 * answered with ("Thank you for calling the Saltmarsh Inn", "Lindenwood Suites, this is Tariq"), the
 * workplace a speaker gives after their own name ("it's Bronwyn at Fairway Debt Settlement") and firms
 * named "X & Y". Each reads a few characters around the run, so a check costs nothing per text.
 */

/** Words that open a business's greeting right before its name. */
const ANSWERED_AFTER = /(?:for calling|por llamar a|welcome to|bienvenidos? a)(?: the| la| el)? $/;
/** What follows the business's name when a phone is answered: the agent introduces themselves. */
const SELF_INTRO_AFTER =
  /^,? (?:this is|my name is|le atiende|le habla|you'?re speaking (?:with|to)|you are speaking (?:with|to)) /;
/** "it's Bronwyn at", "this is Victor with": a speaker's name, then where they work. */
const WORKPLACE_BEFORE =
  /(?:^|[^a-z])(?:this is|it'?s|it’s|it is|i'?m|i am|my name is|name's|soy|le atiende) [a-zà-ÿ][a-zà-ÿ'’-]*(?: [a-zà-ÿ][a-zà-ÿ'’-]*)? (?:at|from|with|calling from|de) $/;
const BEFORE_REACH = 60;

/** Whether the run at `[start, end)` (lower-cased text) is the name a business answers the phone with. */
export function answersAsBusiness(lower: string, start: number, end: number, addressed: boolean): boolean {
  if (ANSWERED_AFTER.test(lower.slice(Math.max(0, start - 24), start))) return true;
  // "Hi Jamal, this is Grace": a greeting or title before the run addresses a person, not a business.
  const c = lower.charCodeAt(end);
  return !addressed && (c === 44 || c === 32) && SELF_INTRO_AFTER.test(lower.slice(end, end + 28));
}

/** Whether the run at `start` follows a speaker's own name and says where they work. */
export const isSpeakersWorkplace = (lower: string, start: number): boolean =>
  start > 8 && WORKPLACE_BEFORE.test(lower.slice(Math.max(0, start - BEFORE_REACH), start));

/** "it's Bronwyn at Fairway": whether the name ending at `end` is followed by a capitalised workplace. */
export function workplaceAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  const w = text.slice(end + 1, end + 15);
  const at = w.startsWith('at ') ? 3 : w.startsWith('from ') ? 5 : w.startsWith('with ') ? 5 : 0;
  if (at === 0) return false;
  const c = w.charCodeAt(at);
  return c >= 65 && c <= 90;
}

/** "it's", "this is": the cues with which a speaker gives their own name. */
const OWN_NAME_CUE = /(?:^|[^a-z])(?:this is|it'?s|it’s|it is) $/;

/** Whether a speaker's own-name cue ends right before `start` (lower-cased text). */
export const ownNameCueBefore = (lower: string, start: number): boolean =>
  OWN_NAME_CUE.test(lower.slice(Math.max(0, start - 9), start));

/**
 * "Johnson & Johnson", "Ben & Jerry's": single capitalised words on both sides of an ampersand are a
 * firm's name. `start`/`end` bound a one-word run; "Tunde & Kemi Oyelaran" names two people, so the
 * word across the ampersand must stand alone too.
 */
export function inFirmPair(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 38 && text.charCodeAt(end + 2) === 32) {
    const rightEnd = skipWord(text, end + 3, 1);
    return rightEnd > end + 3 && isCapital(text.charCodeAt(end + 3)) && standsAlone(text, start, rightEnd);
  }
  if (start >= 4 && text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === 38) {
    if (text.charCodeAt(start - 3) !== 32) return false;
    const leftStart = skipWord(text, start - 4, -1) + 1;
    return (
      leftStart < start - 3 && isCapital(text.charCodeAt(leftStart)) && standsAlone(text, leftStart, end)
    );
  }
  return false;
}

/** Whether no capitalised word stands one space before `start` or after `end`: the pair is the whole run. */
const standsAlone = (text: string, start: number, end: number): boolean =>
  !capitalWordBeyond(text, start - 1, -1) && !capitalWordBeyond(text, end, 1);

const MAX_WORD = 30;
const isCapital = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
const isWordCode = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 0x2019 || (c >= 0xc0 && c <= 0x24f);

/** The first position past the word at `from`, reading in `dir` (`from` itself when no word is there). */
function skipWord(text: string, from: number, dir: 1 | -1): number {
  let i = from;
  while (i >= 0 && i < text.length && Math.abs(i - from) < MAX_WORD && isWordCode(text.charCodeAt(i)))
    i += dir;
  return i;
}

/** Whether a capitalised word stands one space beyond `at` (the character past a word), reading in `dir`. */
function capitalWordBeyond(text: string, at: number, dir: 1 | -1): boolean {
  if (text.charCodeAt(at) !== 32) return false;
  if (dir === 1) return isCapital(text.charCodeAt(at + 1));
  const wordStart = skipWord(text, at - 1, -1) + 1;
  return wordStart < at && isCapital(text.charCodeAt(wordStart));
}
