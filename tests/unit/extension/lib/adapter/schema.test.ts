// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { recordOf } from '../../../../../extension/lib/adapter/locate.ts';
import { REFERENCE_HOST_ADAPTER } from '../../../../../extension/lib/adapter/reference-host.ts';
import { parseAdapter } from '../../../../../extension/lib/adapter/schema.ts';

describe('records adapter', () => {
  it('the reference host adapter is valid and finds a record id and kind', () => {
    expect(parseAdapter(REFERENCE_HOST_ADAPTER, document)).toEqual({
      ok: true,
      adapter: REFERENCE_HOST_ADAPTER,
    });
    document.body.innerHTML =
      '<article data-record-id="rec_abc123" data-record-kind="sms"><p id="t">hi</p></article>';
    expect(recordOf(document.getElementById('t') as Element, REFERENCE_HOST_ADAPTER)).toEqual({
      id: 'rec_abc123',
      kind: 'sms',
    });
  });

  it('adapter data from a platform is checked field by field and selector by selector', () => {
    const platform = { version: 1, name: 'Acme CRM', recordSelector: '.call-card', idAttribute: 'data-call' };
    expect(parseAdapter(platform, document).ok).toBe(true);
    expect(parseAdapter({ ...platform, recordSelector: '..[' }, document)).toEqual({
      ok: false,
      message: 'The records adapter has an invalid selector: ..[',
    });
    expect(parseAdapter({ ...platform, idAttribute: 'Bad Attr' }, document).ok).toBe(false);
    expect(parseAdapter({ ...platform, version: 2 }, document).ok).toBe(false);
  });
});
