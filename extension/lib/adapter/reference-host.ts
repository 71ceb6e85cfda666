import type { RecordsAdapter } from './schema.ts';

/** The Quietline reference host marks each record root with data-record-id and data-record-kind. */
export const REFERENCE_HOST_ADAPTER: RecordsAdapter = {
  version: 1,
  name: 'Quietline reference host',
  recordSelector: '[data-record-id]',
  idAttribute: 'data-record-id',
  kindAttribute: 'data-record-kind',
  ignoreSelectors: ['nav'],
};
