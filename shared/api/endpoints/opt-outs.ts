import { type CallOptions, type Client, call } from '../client.ts';
import { type CreateOptOut, OptOutReceipt } from '../opt-outs.ts';

export const createOptOut = (client: Client, body: CreateOptOut, options?: CallOptions) =>
  call(client, 'POST', '/v1/opt-outs', OptOutReceipt, { ...options, body });
