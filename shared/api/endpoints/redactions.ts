import type * as z from 'zod/mini';
import { type CallOptions, type Client, call } from '../client.ts';
import { type CreateRedaction, RedactionResult } from '../redactions.ts';

export const createRedaction = (
  client: Client,
  body: z.input<typeof CreateRedaction>,
  options?: CallOptions,
) => call(client, 'POST', '/v1/redactions', RedactionResult, { ...options, body });
