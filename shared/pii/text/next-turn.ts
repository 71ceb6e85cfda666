/**
 * Transcripts put a question and its answer on different lines: "AGENT: and the billing zip?" then
 * "CALLER: uh it's 30309". These helpers find where the answer itself starts on the next line.
 */

/**
 * Speaker labels and timestamps ("[00:01:02]", "2024-01-08 08:02:45 ", "B:", "Visitor (web):", a texter's number
 * "+353 87 214 6693:", a clock after the label: "[Speaker 1] 00:00:18 "), a raw transcript's bare role ("caller ") then a
 * few fillers. A label ends at its
 * first closing character, so every piece has one way to match and the scan stays linear; a clock time in
 * brackets ("[10:02:40]") is one piece, not three cut at its colons.
 */
const TURN_OPENING =
  /^[ \t]*(?:\[[\d:.]{1,12}\][ \t]*|(?:\d{4}-\d\d-\d\d[ Tt])?\d\d:\d\d(?::\d\d)?(?:\.\d+)?[Zz]?[ \t]+)?(?:(?:\d{1,2}:\d\d(?::\d\d)?[ \t]+|[[(+]?\w[^\])\n:]{0,30}(?:[\])]:?|:)[ \t]*){1,3}|(?:agent|caller|customer|cust|client|member|rep)[ \t]+)?(?:(?:uh|um|yeah|yes|sure|ok|okay|one sec(?:ond)?|hold on|it's|its|it is|that's)[ ,]+){0,4}/i;

/** Offset where the answer starts on the line beginning at `lineStart`. */
export function answerStart(text: string, lineStart: number): number {
  const m = TURN_OPENING.exec(text.slice(lineStart, lineStart + 120));
  return lineStart + (m ? m[0].length : 0);
}

/** Offset of the start of the line after `from` when a line break comes within `reach`, else -1. */
export function nextLineWithin(text: string, from: number, reach: number): number {
  // Only `reach` characters are read: a search to the end of a long line, repeated per cue, is quadratic.
  const stop = Math.min(text.length, from + reach);
  for (let i = Math.max(0, from); i < stop; i++) if (text.charCodeAt(i) === 10) return i + 1;
  return -1;
}

/** How much of the question's line is read for its cue words: questions ask for a value near their end. */
const QUESTION_TAIL = 120;
/** Words an answer may open with before its value ("Sure, it's", "Hang on... okay"). */
const ANSWER_LEAD = 16;
/**
 * "I have his card right here. Five two nine, ...": an answer may first say one short sentence about the
 * value before reading it out. One sentence, no digits, ending where the value starts.
 */
const LEAD_SENTENCE = 64;
const ONE_SENTENCE = /^[^.!?\n]{3,}[.!?] +$/;
const ANY_DIGIT = /[0-9]/;
/** The longest speaker label and timestamp ("[00:01:02] Caller (mobile):") plus the answer's lead. */
const LABEL_REACH = 80;

/**
 * Whether the value at `pos` opens the answer to a question on the line before, which names its kind: "I need
 * your Social and date of birth for the system." then "Client: Five three oh, ...". The cue may sit further
 * back than a same-line cue could, since the question runs on after it.
 */
export function opensAnswerTo(
  lower: string,
  pos: number,
  hasCue: (lower: string, lineEnd: number, window: number) => boolean,
): boolean {
  // Speaker label, timestamp and the answer's lead: the line must start within this much before the value.
  const questionEnd = newlineBefore(lower, pos, LABEL_REACH);
  if (questionEnd < 0) return false;
  const opening = answerStart(lower, questionEnd + 1);
  if (pos < opening || pos - opening > LEAD_SENTENCE) return false;
  const lead = lower.slice(opening, pos);
  if (ANY_DIGIT.test(lead) || (lead.length > ANSWER_LEAD && !ONE_SENTENCE.test(lead))) return false;
  const previous = newlineBefore(lower, questionEnd, QUESTION_TAIL);
  return hasCue(lower, questionEnd, previous < 0 ? QUESTION_TAIL : questionEnd - previous - 1);
}

/** Offset of the nearest line break in the `reach` characters before `pos`, or -1. */
function newlineBefore(text: string, pos: number, reach: number): number {
  for (let i = pos - 1; i >= 0 && i >= pos - reach; i--) if (text.charCodeAt(i) === 10) return i;
  return -1;
}

/** An answer that names what it gives ("pin is 0614", "zip code 30915"): what it gives is that, not what was asked. */
export const NAMES_OWN_KIND = /\b(?:pin|passcode|code|zip)\b/;
