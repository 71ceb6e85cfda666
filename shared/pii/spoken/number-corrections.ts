/**
 * Self-corrections inside a number read aloud: "six five oh five five five oh one three no wait oh one three nine"
 * is 6505550139, "five two eight four one uh no sorry five two eight four one nine oh six six" is 528419066.
 */

/** Words that take back the digits just said, between them and the digits that replace them. */
export const CORRECTION_WORDS: readonly string[] = [
  'no',
  'nope',
  'wait',
  'sorry',
  'actually',
  'i',
  'mean',
  'hold',
  // Spanish: "cero ocho, eh, no, perdón, cero nueve dos uno".
  'perdón',
  'perdon',
];

/** Fewer digits than this said before the correction are a false start: the new digits replace them all. */
const FALSE_START = 4;
/** The fewest digits, opening as the first digits did, that say a whole number again. */
const RESTART = 7;
const RESTART_LEAD = 3;
/** The group a speaker corrects is the last few digits said; further back, the new digits start no group. */
const GROUP_REACH = 4;

/**
 * Where the digits said again (`again`) take over from the digits said first (`said`): the first digits up to the
 * returned index stand, the rest are taken back. The speaker goes back to where the new digits repeat the old
 * ("...oh one three, no wait, oh one three nine"), else to the last group's start with the new digits' first digit
 * ("...eight eight one, sorry, eight eight seven one"). -1 when the new digits fit nowhere: they are another value.
 */
export function correctionCut(said: string, again: string): number {
  if (said.length === 0 || again.length < 2) return -1;
  if (said.length < FALSE_START) return 0;
  for (let p = 0; p < said.length; p++) if (again.startsWith(said.slice(p))) return p;
  // "zero seven one zero zero zero nine one three wait no zero seven one nine ...": a whole number said again
  // from its first digits replaces the one said first.
  if (again.length >= RESTART && again.startsWith(said.slice(0, RESTART_LEAD))) return 0;
  for (let p = Math.max(0, said.length - GROUP_REACH); p < said.length; p++)
    if (said[p] === again[0]) return p;
  return -1;
}
