/** The published `quietline/pii` entry (built to dist/pii.mjs): the engine's public API. */
export { detect, detector } from './detect.ts';
export { DenyTerm, DetectOptions, Finding, PiiLabel } from './finding.ts';
export { RedactOperator } from './operator.ts';
export { keyedToken, redact } from './redact.ts';
export { type LabelCounts, type RedactedRecord, RedactRecordOptions, redactRecord } from './redact-record.ts';
