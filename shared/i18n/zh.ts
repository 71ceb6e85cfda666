import type { DialogMessages, LinkMessages } from './en.ts';

export const linkMessages: LinkMessages = {
  doNotSell: '请勿出售或共享我的个人信息',
  privacyChoices: '您的隐私选择',
  limitSensitive: '限制使用我的敏感个人信息',
  optOutHonored: '已遵从退出请求',
};

export const dialogMessages: DialogMessages = {
  title: '您的隐私选择',
  intro:
    '{site} 可能会出售或共享您的个人信息，例如用于定向广告。您可以随时选择退出。您的选择适用于此浏览器。',
  saleLegend: '出售和共享我的个人信息',
  saleOptOut: '选择退出出售和共享',
  saleAllow: '允许出售和共享',
  minorNotice:
    '除非访客选择加入，本网站不会出售或共享 16 岁以下访客的个人信息。13 岁以下儿童须由父母或监护人选择加入。',
  sensitiveLegend: '使用我的敏感个人信息',
  sensitiveLimit: '仅限提供服务所必需的用途',
  sensitiveAllow: '允许其他用途',
  sensitiveLimitedStatus: '您已限制对您的敏感个人信息的使用。',
  gpcHonored: '已遵从退出请求',
  gpcExplain: '您的浏览器发送了全球隐私控制（GPC）信号。我们将其视为您在此浏览器上退出出售和共享的请求。',
  gpcLocked: '如需允许出售和共享，请先在浏览器中关闭全球隐私控制。',
  optedOutStatus: '您已选择退出出售和共享您的个人信息。',
  close: '关闭',
  saved: '您的选择已保存。',
  queued: '您的选择已保存在此设备上，连接恢复后将立即发送。',
  confirmOptIn: '您之前已选择退出。是否要再次允许出售和共享您的个人信息？',
  confirmMinorOptIn: '是否要允许出售和共享您的个人信息？如果您未满 13 岁，只有您的父母或监护人可以同意。',
  confirmYes: '是，允许出售和共享',
  confirmNo: '否，保持退出',
  policyLink: '阅读我们的隐私政策',
};
