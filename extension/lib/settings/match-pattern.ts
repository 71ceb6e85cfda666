export type PatternResult = { ok: true; pattern: string; origin: string } | { ok: false; message: string };

// https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
const SHAPE = /^(https?|\*):\/\/(\*|\*\.[^/*:]+|[^/*:]+)(:\d{1,5})?(\/.*)$/;

/** Checks a page pattern to overlay; the origin part is what is asked for as an optional host permission. */
export function validateMatchPattern(input: string): PatternResult {
  const pattern = input.trim();
  if (pattern === '<all_urls>' || /^\*:\/\/\*\//.test(pattern)) {
    return { ok: false, message: 'Name the call-log site: patterns for every site are not allowed.' };
  }
  const match = SHAPE.exec(pattern);
  if (!match) {
    return {
      ok: false,
      message: `"${pattern}" is not a page pattern: write it like https://calls.example.com/app/*.`,
    };
  }
  const [, scheme, host] = match;
  // Host permissions ignore ports and paths, so the permission covers the whole host.
  return { ok: true, pattern, origin: `${scheme}://${host}/*` };
}
