const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A regex alternation matching any of `words` as written: "d.o.b" matches only itself. */
export const alternationOf = (words: readonly string[]): string => words.map(escapeRegex).join('|');
