import type * as z from 'zod/mini';
import { type CallOptions, type Client, call } from '../client.ts';
import { type CreatePrivacyRequest, PrivacyRequest } from '../privacy-requests.ts';

export const createPrivacyRequest = (
  client: Client,
  body: z.input<typeof CreatePrivacyRequest>,
  options?: CallOptions,
) => call(client, 'POST', '/v1/privacy-requests', PrivacyRequest, { ...options, body });
