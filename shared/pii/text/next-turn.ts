/**
 * Transcripts put a question and its answer on different lines: "AGENT: and the billing zip?" then
 * "CALLER: uh it's 30309". These helpers find where the answer itself starts on the next line.
 */

/**
 * Speaker labels and timestamps ("[00:01:02]", "B:", "Visitor (web):") then a few fillers. A label ends at its
 * first closing character, so every piece has one way to match and the scan stays linear.
 */
const TURN_OPENING =
  /^[ \t]*(?:[[(]?\w[^\])\n:]{0,30}(?:[\])]:?|:)[ \t]*){0,3}(?:(?:uh|um|yeah|yes|sure|ok|okay|it's|its|it is|that's)[ ,]+){0,3}/i;

/** Offset where the answer starts on the line beginning at `lineStart`. */
export function answerStart(text: string, lineStart: number): number {
  const m = TURN_OPENING.exec(text.slice(lineStart, lineStart + 120));
  return lineStart + (m ? m[0].length : 0);
}

/** Offset of the start of the line after `from` when a line break comes within `reach`, else -1. */
export function nextLineWithin(text: string, from: number, reach: number): number {
  const newline = text.indexOf('\n', from);
  return newline >= 0 && newline < from + reach ? newline + 1 : -1;
}
