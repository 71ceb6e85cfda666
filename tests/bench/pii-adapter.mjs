// Scorer adapter: the built engine (run `npm run build:pii` first), as ../shared/eval/score.mjs expects.
import { detect as detectPii } from '../../dist/pii.mjs';

export function detect(text) {
  return detectPii(text);
}
