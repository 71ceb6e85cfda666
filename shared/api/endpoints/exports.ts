import { type CallOptions, type Client, call } from '../client.ts';
import { type CreateExport, ExportResult } from '../exports.ts';

export const createExport = (client: Client, body: CreateExport, options?: CallOptions) =>
  call(client, 'POST', '/v1/exports', ExportResult, { ...options, body });
