import * as z from 'zod/mini';

const PREFIX = 'QL1:';

/** What an agent pastes into the extension once: the host's base URL and a fresh API token. */
export const Connection = z.object({
  v: z.literal(1),
  host: z.url({ protocol: /^https?$/ }),
  token: z.string().check(z.regex(/^qlt_[A-Za-z0-9_-]{20,200}$/)),
});
export type Connection = z.infer<typeof Connection>;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeConnectionString(connection: Connection): string {
  return PREFIX + toBase64Url(JSON.stringify(Connection.parse(connection)));
}

export type ParsedConnection = { ok: true; connection: Connection } | { ok: false; message: string };

/** Never throws: a pasted string that is not a connection string gets a message the agent can act on. */
export function parseConnectionString(input: string): ParsedConnection {
  const trimmed = input.trim();
  if (!trimmed.startsWith(PREFIX)) {
    return { ok: false, message: 'Not a Quietline connection string: it should start with "QL1:".' };
  }
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(trimmed.slice(PREFIX.length)));
  } catch {
    return { ok: false, message: 'The connection string is damaged: copy it again from the call-log app.' };
  }
  const parsed = Connection.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      message: 'The connection string is incomplete: copy it again from the call-log app.',
    };
  }
  return { ok: true, connection: parsed.data };
}
