import { type CallOptions, type Client, call, segment } from '../client.ts';
import { CallLogRecord, RecordPage, type RecordQuery } from '../records.ts';

export const listRecords = (client: Client, query: Partial<RecordQuery> = {}, options?: CallOptions) =>
  call(client, 'GET', '/v1/records', RecordPage, { ...options, query });

export const getRecord = (client: Client, id: string, options?: CallOptions) =>
  call(client, 'GET', `/v1/records/${segment(id)}`, CallLogRecord, { ...options });
