/**
 * Asked for more than one person's, an answer lists them: "Mine's 612-40-9918. His is 612-88-0347.",
 * "Mine's March 3rd, 1990, and his is May 5th, 1988". A value this close after the last one the cue
 * named, with only list words between, is the next in the list.
 */
const LIST_REACH = 40;

/**
 * Whether the value at `start` goes on the list whose last value ends at `previousEnd` (-1 when there is
 * none): within reach, and `linksList` takes the text between for words that join a list.
 */
export function continuesList(
  lower: string,
  previousEnd: number,
  start: number,
  linksList: (between: string) => boolean,
): boolean {
  return previousEnd >= 0 && start - previousEnd <= LIST_REACH && linksList(lower.slice(previousEnd, start));
}
