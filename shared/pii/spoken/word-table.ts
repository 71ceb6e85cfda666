/**
 * Fixed word lists asked about every word of a text, without cutting each word out: the tokenizer folds a
 * hash over a word's characters as it reads them, and only a hash hit is compared character by character.
 */

/** One step of the word hash; fold every code unit of a word, starting from 0. */
export const foldHash = (hash: number, c: number): number => (Math.imul(hash, 31) + c) | 0;

export interface WordTable {
  /** Index in the list of the word `text[start, end)`, whose folded hash is `hash`, or -1. */
  readonly indexOf: (text: string, start: number, end: number, hash: number) => number;
}

/** Spreads the hash's high bits into the slot index, so words differing only early still land apart. */
const slotOf = (hash: number, mask: number): number => (hash ^ (hash >>> 11) ^ (hash >>> 22)) & mask;

/**
 * A table of words as the lower-cased text holds them: a word with an apostrophe ("п'ять") is listed once per
 * apostrophe it may be typed with, as lookups compare the text's own characters.
 */
export function wordTable(words: readonly string[]): WordTable {
  let size = 16;
  while (size < words.length * 4) size *= 2;
  const mask = size - 1;
  // Open addressing: each slot holds a word's index plus one, 0 when empty.
  const slots = new Int32Array(size);
  const hashes = new Int32Array(words.length);
  words.forEach((word, k) => {
    let h = 0;
    for (let i = 0; i < word.length; i++) h = foldHash(h, word.charCodeAt(i));
    hashes[k] = h;
    let s = slotOf(h, mask);
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = k + 1;
  });
  const indexOf = (text: string, start: number, end: number, hash: number): number => {
    for (let s = slotOf(hash, mask); ; s = (s + 1) & mask) {
      const k = (slots[s] as number) - 1;
      if (k < 0) return -1;
      const word = words[k] as string;
      if (hashes[k] === hash && word.length === end - start && text.startsWith(word, start)) return k;
    }
  };
  return { indexOf };
}
