export type HostUrlResult = { ok: true; url: string } | { ok: false; message: string };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Checks a host API base URL an agent typed; returns it without a trailing slash, or a message to act on. */
export function validateHostUrl(input: string): HostUrlResult {
  const trimmed = input.trim();
  if (trimmed === '')
    return { ok: false, message: 'Enter the host URL, for example https://calls.example.com.' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return {
      ok: false,
      message: `"${trimmed}" is not a valid URL: it should look like https://calls.example.com.`,
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'The host URL must start with https://.' };
  }
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    return {
      ok: false,
      message: 'Use https:// for the host URL: plain http:// is allowed only for this computer.',
    };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      message: 'Remove the user name and password from the host URL; use the token field.',
    };
  }
  if (url.search || url.hash) {
    return { ok: false, message: 'The host URL must not contain "?" or "#" parts.' };
  }
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}
