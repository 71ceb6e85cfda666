/** English is the source catalog: every other locale must have exactly these keys (parity test). */
export const linkMessages = {
  doNotSell: 'Do Not Sell or Share My Personal Information',
  privacyChoices: 'Your Privacy Choices',
  limitSensitive: 'Limit the Use of My Sensitive Personal Information',
  optOutHonored: 'Opt-Out Request Honored',
};

export const dialogMessages = {
  title: 'Your Privacy Choices',
  intro:
    '{site} may sell or share your personal information, for example for targeted advertising. You can opt out at any time. Your choice applies to this browser.',
  saleLegend: 'Sale and sharing of my personal information',
  saleOptOut: 'Opt out of sale and sharing',
  saleAllow: 'Allow sale and sharing',
  minorNotice:
    'This site does not sell or share the personal information of visitors under 16 unless they opt in. A parent or guardian must opt in for a child under 13.',
  sensitiveLegend: 'Use of my sensitive personal information',
  sensitiveLimit: 'Limit use to what is needed to provide the service',
  sensitiveAllow: 'Allow other uses',
  sensitiveLimitedStatus: 'You have limited the use of your sensitive personal information.',
  gpcHonored: 'Opt-Out Request Honored',
  gpcExplain:
    'Your browser sent a Global Privacy Control signal. We treat it as your request to opt out of sale and sharing on this browser.',
  gpcLocked: 'To allow sale and sharing, first turn off Global Privacy Control in your browser.',
  optedOutStatus: 'You have opted out of the sale and sharing of your personal information.',
  close: 'Close',
  saved: 'Your choices are saved.',
  queued: 'Your choices are saved on this device and will be sent as soon as the connection returns.',
  confirmOptIn:
    'You opted out earlier. Do you want to allow the sale and sharing of your personal information again?',
  confirmMinorOptIn:
    'Do you want to allow the sale and sharing of your personal information? If you are under 13, only a parent or guardian may agree to this.',
  confirmYes: 'Yes, allow sale and sharing',
  confirmNo: 'No, keep my opt-out',
  policyLink: 'Read our privacy policy',
};

export type LinkMessages = typeof linkMessages;
export type DialogMessages = typeof dialogMessages;
export type LinkMessageId = keyof LinkMessages;
export type DialogMessageId = keyof DialogMessages;
