import type { DialogMessages, LinkMessages } from './en.ts';

export const linkMessages: LinkMessages = {
  doNotSell: 'Huwag Ibenta o Ibahagi ang Aking Personal na Impormasyon',
  privacyChoices: 'Ang Iyong Mga Pagpipilian sa Privacy',
  limitSensitive: 'Limitahan ang Paggamit ng Aking Sensitibong Personal na Impormasyon',
  optOutHonored: 'Iginalang ang Kahilingang Mag-opt Out',
};

export const dialogMessages: DialogMessages = {
  title: 'Ang Iyong Mga Pagpipilian sa Privacy',
  intro:
    'Maaaring ibenta o ibahagi ng {site} ang iyong personal na impormasyon, halimbawa para sa naka-target na advertising. Maaari kang mag-opt out anumang oras. Para sa browser na ito ang iyong pagpili.',
  saleLegend: 'Pagbebenta at pagbabahagi ng aking personal na impormasyon',
  saleOptOut: 'Mag-opt out sa pagbebenta at pagbabahagi',
  saleAllow: 'Payagan ang pagbebenta at pagbabahagi',
  minorNotice:
    'Hindi ibinebenta o ibinabahagi ng site na ito ang personal na impormasyon ng mga bisitang wala pang 16 taong gulang maliban kung sila ay mag-opt in. Para sa batang wala pang 13, ang magulang o tagapag-alaga ang dapat mag-opt in.',
  sensitiveLegend: 'Paggamit ng aking sensitibong personal na impormasyon',
  sensitiveLimit: 'Limitahan sa kailangan lamang para maibigay ang serbisyo',
  sensitiveAllow: 'Payagan ang ibang paggamit',
  sensitiveLimitedStatus: 'Nilimitahan mo na ang paggamit ng iyong sensitibong personal na impormasyon.',
  gpcHonored: 'Iginalang ang Kahilingang Mag-opt Out',
  gpcExplain:
    'Nagpadala ang iyong browser ng signal na Global Privacy Control. Itinuturing namin itong kahilingan mong mag-opt out sa pagbebenta at pagbabahagi sa browser na ito.',
  gpcLocked:
    'Para payagan ang pagbebenta at pagbabahagi, i-off muna ang Global Privacy Control sa iyong browser.',
  optedOutStatus: 'Nag-opt out ka na sa pagbebenta at pagbabahagi ng iyong personal na impormasyon.',
  close: 'Isara',
  saved: 'Na-save ang iyong mga pagpipilian.',
  queued: 'Na-save sa device na ito ang iyong mga pagpipilian at ipapadala ito kapag bumalik ang koneksyon.',
  confirmOptIn:
    'Nag-opt out ka dati. Gusto mo bang payagan muli ang pagbebenta at pagbabahagi ng iyong personal na impormasyon?',
  confirmMinorOptIn:
    'Gusto mo bang payagan ang pagbebenta at pagbabahagi ng iyong personal na impormasyon? Kung wala ka pang 13 taong gulang, ang magulang o tagapag-alaga lamang ang maaaring pumayag dito.',
  confirmYes: 'Oo, payagan ang pagbebenta at pagbabahagi',
  confirmNo: 'Hindi, panatilihin ang aking opt-out',
  policyLink: 'Basahin ang aming patakaran sa privacy',
};
