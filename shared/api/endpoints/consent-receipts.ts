import { type CallOptions, type Client, call } from '../client.ts';
import { ConsentReceipt, type CreateConsentReceipt } from '../consent-receipts.ts';

export const createConsentReceipt = (client: Client, body: CreateConsentReceipt, options?: CallOptions) =>
  call(client, 'POST', '/v1/consent-receipts', ConsentReceipt, { ...options, body });
