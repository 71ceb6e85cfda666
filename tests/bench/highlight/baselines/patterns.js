// Typical per-text-node PII regexes, as a content script without cross-element matching would use them.
globalThis.BENCH_PATTERNS = [
  ['phone', /\(?\b\d{3}\)?[-. ]?\d{3}[-. ]\d{4}\b/g],
  ['email', /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g],
  ['ssn', /\b\d{3}-\d{2}-\d{4}\b/g],
  ['card', /\b(?:\d{4}[ -]){3}\d{4}\b/g],
  ['dob', /\b\d{1,2}\/\d{1,2}\/\d{4}\b/g],
  ['ip', /\b(?:\d{1,3}\.){3}\d{1,3}\b/g],
  ['zip', /\b\d{5}(?:-\d{4})?\b/g],
];
