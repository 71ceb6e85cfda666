import type { DialogMessages, LinkMessages } from './en.ts';

export const linkMessages: LinkMessages = {
  doNotSell: '내 개인정보를 판매하거나 공유하지 마십시오',
  privacyChoices: '개인정보 보호 선택',
  limitSensitive: '내 민감한 개인정보의 사용 제한',
  optOutHonored: '거부 요청이 처리되었습니다',
};

export const dialogMessages: DialogMessages = {
  title: '개인정보 보호 선택',
  intro:
    '{site}은(는) 맞춤형 광고 등을 위해 귀하의 개인정보를 판매하거나 공유할 수 있습니다. 언제든지 거부할 수 있습니다. 귀하의 선택은 이 브라우저에 적용됩니다.',
  saleLegend: '내 개인정보의 판매 및 공유',
  saleOptOut: '판매 및 공유 거부',
  saleAllow: '판매 및 공유 허용',
  minorNotice:
    '이 사이트는 16세 미만 방문자가 동의하지 않는 한 그 개인정보를 판매하거나 공유하지 않습니다. 13세 미만 아동의 경우 부모 또는 보호자가 동의해야 합니다.',
  sensitiveLegend: '내 민감한 개인정보의 사용',
  sensitiveLimit: '서비스 제공에 필요한 범위로 사용 제한',
  sensitiveAllow: '기타 용도 허용',
  sensitiveLimitedStatus: '귀하는 민감한 개인정보의 사용을 제한했습니다.',
  gpcHonored: '거부 요청이 처리되었습니다',
  gpcExplain:
    '귀하의 브라우저가 GPC(글로벌 개인정보 보호 제어) 신호를 보냈습니다. 이를 이 브라우저에서의 판매 및 공유 거부 요청으로 처리합니다.',
  gpcLocked: '판매 및 공유를 허용하려면 먼저 브라우저에서 글로벌 개인정보 보호 제어를 끄십시오.',
  optedOutStatus: '귀하는 개인정보의 판매 및 공유를 거부했습니다.',
  close: '닫기',
  saved: '선택이 저장되었습니다.',
  queued: '선택이 이 기기에 저장되었으며 연결이 복구되면 바로 전송됩니다.',
  confirmOptIn: '이전에 거부하셨습니다. 개인정보의 판매 및 공유를 다시 허용하시겠습니까?',
  confirmMinorOptIn:
    '개인정보의 판매 및 공유를 허용하시겠습니까? 13세 미만인 경우 부모 또는 보호자만 동의할 수 있습니다.',
  confirmYes: '예, 판매 및 공유 허용',
  confirmNo: '아니요, 거부 유지',
  policyLink: '개인정보 처리방침 보기',
};
