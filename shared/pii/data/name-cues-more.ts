/** Name cues of call-log headers and of Tagalog, German and Polish speech, listed apart from the English ones. */

/**
 * A call log's header fields naming who took the call ("Agent: Tamsin"): weak, as the same words label turns
 * ("Agent: May I have your name?") and name software ("User agent: Mozilla/5.0").
 */
export const HANDLER_FIELDS: readonly string[] = ['agent:', 'rep:', 'csr:', 'operator:'];

/** Tagalog's "I am" and "this is" before a name, with and without the polite "po". */
export const TAGALOG_CUES: readonly string[] = [
  'ako si',
  'ako po si',
  'ito si',
  'ito po si',
  'pangalan ko ay',
  'pangalan ko po ay',
];

/** German and Polish ways of giving one's name: "mein Name ist", "hier spricht Wolfgang", "nazywam się Agnieszka". */
export const GERMAN_AND_POLISH_CUES: readonly string[] = [
  'mein name ist',
  'hier spricht',
  'ich heiße',
  'nazywam się',
  'mam na imię',
];
