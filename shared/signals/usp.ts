/** IAB US Privacy string v1 (deprecated 2024-01-31, still read by some ad servers): "1" + notice + opt-out + LSPA. */
export type UspFlag = 'Y' | 'N' | '-';

export interface UspState {
  noticeGiven: UspFlag;
  optedOutOfSale: UspFlag;
  lspaCovered: UspFlag;
}

export function encodeUsp(state: UspState): string {
  return `1${state.noticeGiven}${state.optedOutOfSale}${state.lspaCovered}`;
}

export function decodeUsp(text: string): UspState | undefined {
  const match = /^1([YN-])([YN-])([YN-])$/.exec(text);
  if (!match) return undefined;
  return {
    noticeGiven: match[1] as UspFlag,
    optedOutOfSale: match[2] as UspFlag,
    lspaCovered: match[3] as UspFlag,
  };
}
