import { describe, expect, it } from 'vitest';
import { BackgroundRequest, ContentRequest, ContentResponse } from '../../../../extension/lib/messages.ts';

describe('extension messages', () => {
  it('accepts the known requests and nothing else', () => {
    expect(ContentRequest.safeParse({ type: 'findings/list' }).success).toBe(true);
    expect(ContentRequest.safeParse({ type: 'findings/reveal', id: 3 }).success).toBe(true);
    expect(ContentRequest.safeParse({ type: 'findings/reveal', id: -1 }).success).toBe(false);
    expect(ContentRequest.safeParse({ type: 'findings/list', limit: 1_000_000 }).success).toBe(false);
    expect(ContentRequest.safeParse({ type: 'eval', code: '1' }).success).toBe(false);
    expect(BackgroundRequest.safeParse({ type: 'detect', labels: ['NOPE'], texts: [] }).success).toBe(false);
  });

  it('a findings response carries masked values only, with labels from the engine', () => {
    const response = {
      type: 'findings',
      active: true,
      counts: { PHONE: 1 },
      findings: [{ id: 1, label: 'PHONE', score: 1, masked: '•••-•••-0123', recordId: null }],
      truncated: false,
    };
    expect(ContentResponse.safeParse(response).success).toBe(true);
    expect(
      ContentResponse.safeParse({ ...response, findings: [{ ...response.findings[0], label: 'SECRET' }] })
        .success,
    ).toBe(false);
  });
});
