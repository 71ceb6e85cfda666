import { WhoAmI } from '../auth.ts';
import { type CallOptions, type Client, call } from '../client.ts';

export const whoAmI = (client: Client, options?: CallOptions) =>
  call(client, 'GET', '/v1/me', WhoAmI, { ...options });
