import { decodeHeader, encodeHeader } from './gpp-header.ts';
import { decodeUsCa, encodeUsCa, USCA_ID, type UsCa } from './usca.ts';
import { decodeUsNat, encodeUsNat, USNAT_ID, type UsNat } from './usnat.ts';

/** The sections this product emits; a GPP string is `header~section~section` in section-id order. */
export interface GppSections {
  usnat?: UsNat;
  usca?: UsCa;
}

export function encodeGpp(sections: GppSections): string {
  const ids: number[] = [];
  const parts: string[] = [];
  if (sections.usnat) {
    ids.push(USNAT_ID);
    parts.push(encodeUsNat(sections.usnat));
  }
  if (sections.usca) {
    ids.push(USCA_ID);
    parts.push(encodeUsCa(sections.usca));
  }
  return [encodeHeader(ids), ...parts].join('~');
}

/** Decodes the sections we know and skips others; throws RangeError on a malformed string. */
export function decodeGpp(text: string): GppSections & { sectionIds: number[] } {
  const [header = '', ...parts] = text.split('~');
  const sectionIds = decodeHeader(header);
  if (sectionIds.length !== parts.length) throw new RangeError('GPP section count does not match header');
  const out: GppSections & { sectionIds: number[] } = { sectionIds };
  sectionIds.forEach((id, i) => {
    const part = parts[i] ?? '';
    if (id === USNAT_ID) out.usnat = decodeUsNat(part);
    if (id === USCA_ID) out.usca = decodeUsCa(part);
  });
  return out;
}
