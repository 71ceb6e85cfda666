import { Capabilities } from '../capabilities.ts';
import { type CallOptions, type Client, call } from '../client.ts';

export const getCapabilities = (client: Client, options?: CallOptions) =>
  call(client, 'GET', '/v1/capabilities', Capabilities, { ...options });
